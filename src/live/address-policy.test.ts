import { describe, expect, it } from 'vitest'
import { classifyAddress, isBlockedName, isPublicAddress, normaliseHostname } from './address-policy.ts'

describe('classifyAddress', () => {
  const rows: [address: string, range: string][] = [
    ['8.8.8.8', 'unicast'],
    ['1.1.1.1', 'unicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.15.255.255', 'unicast'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.0', 'unicast'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['169.254.0.1', 'linkLocal'],
    ['100.63.255.255', 'unicast'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['100.128.0.0', 'unicast'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['febf::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:8.8.8.8', 'unicast'],
    ['::7f00:1', 'ipv4Compatible'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
    ['2001:db8::1', 'reserved'],
    ['2606:4700:4700::1111', 'unicast'],
    ['2a00:1450:4001::200e', 'unicast'],
    ['', 'invalid'],
    ['localhost', 'invalid'],
    ['999.1.1.1', 'invalid'],
    ['1.2.3.4.5', 'invalid'],
  ]
  it.each(rows)('%s → %s', (address, range) => {
    expect(classifyAddress(address)).toBe(range)
    expect(isPublicAddress(address)).toBe(range === 'unicast')
  })
})

describe('isBlockedName', () => {
  const rows: [string, boolean][] = [
    ['localhost', true],
    ['LOCALHOST.', true],
    ['api.localhost', true],
    ['metadata.google.internal', true],
    ['metadata.google.internal.', true],
    ['localhost.example.org', false],
    ['example.org', false],
    ['', false],
  ]
  it.each(rows)('%s → %s', (name, blocked) => expect(isBlockedName(name)).toBe(blocked))
})

describe('normaliseHostname', () => {
  it.each([
    ['[::1]', '::1'],
    ['Example.ORG.', 'example.org'],
    ['ÑANDÚ.example', 'ñandú.example'],
  ])('%s → %s', (input, expected) => expect(normaliseHostname(input)).toBe(expected))
})
