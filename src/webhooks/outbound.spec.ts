import { checkUrl, isPublicAddress, OutboundRefusal, resolveTarget } from './outbound.js';

describe('outbound safety of webhooks', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.7',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts the public %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('takes https only, http for an allow-listed host, and no credentials', () => {
    expect(checkUrl('https://hooks.example.com/x', []).allowListed).toBe(false);
    expect(() => checkUrl('http://hooks.example.com/x', [])).toThrow('the URL must be https, not http');
    expect(() => checkUrl('ftp://hooks.example.com/x', [])).toThrow(OutboundRefusal);
    expect(() => checkUrl('hooks.example.com/x', [])).toThrow('not an absolute URL');
    expect(() => checkUrl('https://u:p@hooks.example.com/', [])).toThrow('user name or password');
    expect(checkUrl('http://127.0.0.1:8080/hook', ['127.0.0.1'])).toMatchObject({
      host: '127.0.0.1',
      allowListed: true,
    });
    expect(checkUrl('https://[::1]/hook', ['::1'])).toMatchObject({ host: '::1', allowListed: true });
  });

  it('refuses a host any of whose addresses is not public, unless it is allow-listed', async () => {
    const dns = (answers: string[]) => () =>
      Promise.resolve(answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    const checked = checkUrl('https://hooks.example.com/', []);
    await expect(resolveTarget(checked, dns(['93.184.215.14']))).resolves.toEqual({
      address: '93.184.215.14',
      family: 4,
    });
    await expect(resolveTarget(checked, dns(['93.184.215.14', '10.0.0.5']))).rejects.toThrow(
      'the host hooks.example.com resolves to a non-public address (10.0.0.5)',
    );
    await expect(resolveTarget(checked, dns([]))).rejects.toThrow('does not resolve');
    await expect(resolveTarget(checked, () => Promise.reject(new Error('ENOTFOUND')))).rejects.toThrow(
      'the host hooks.example.com does not resolve',
    );
    await expect(resolveTarget(checkUrl('https://169.254.169.254/latest', []))).rejects.toThrow(
      'non-public address (169.254.169.254)',
    );
    const inHouse = checkUrl('https://hooks.internal/', ['hooks.internal']);
    await expect(resolveTarget(inHouse, dns(['10.0.0.5']))).resolves.toEqual({ address: '10.0.0.5', family: 4 });
  });
});
