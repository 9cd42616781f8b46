/** The slice of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; non2xx: number }
  function autocannon(opts: { url: string; connections?: number; duration?: number }): Promise<Result>
  export default autocannon
}
