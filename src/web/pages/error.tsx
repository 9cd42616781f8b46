/** Error pages: 400, 404 and a bare 500 (with the request id, never the error itself). */
import { Layout } from './layout.tsx'

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Not found', 500: 'Something went wrong' }

/**
 * @example c.html(<ErrorPage status={404} message="No saga move:x:y" />, 404)
 */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  const title = TITLES[status] ?? 'Error'
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p><a href="/">Back to the saga list</a></p>
    </Layout>
  )
}
