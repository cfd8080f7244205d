import { loadAppConfig } from './app-config';

/** The bounds and limits that once read process.env on each use, now part of the one configuration. */
describe('the one configuration: bounds, limits, attachments, map area', () => {
  it('keeps the documented defaults when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config.rateLimits).toEqual({
      loginMaxFailuresPerUsername: 10,
      loginMaxFailuresPerAddress: 30,
      loginWindowSeconds: 900,
      publicMaxRequests: 30,
      publicWindowSeconds: 600,
    });
    expect(config.hardening).toEqual({ maxBodyBytes: 102400, maxJsonDepth: 32, maxExtensionDays: 180 });
    expect(config.attachmentMaxBytes).toBe(5242880);
    expect(config.serviceArea).toEqual({ south: 35, west: 6.5, north: 47.2, east: 18.6 });
    expect(config.reports.entityName).toBe('Comune');
  });

  it('reads each variable by its name', () => {
    const config = loadAppConfig({
      URP_LOGIN_MAX_FAILURES: '3',
      URP_LOGIN_MAX_FAILURES_PER_ADDRESS: '7',
      URP_LOGIN_WINDOW_SECONDS: '60',
      URP_PUBLIC_MAX_REQUESTS: '5',
      URP_PUBLIC_WINDOW_SECONDS: '120',
      URP_MAX_BODY_BYTES: '2048',
      URP_MAX_JSON_DEPTH: '8',
      URP_MAX_EXTENSION_DAYS: '30',
      URP_ATTACHMENT_MAX_BYTES: ' 1048576 ',
      URP_MAP_BOUNDS: '43.2, 12.4, 43.5, 12.8',
      URP_ENTITY_NAME: 'Comune di Gubbio',
    });
    expect(config.rateLimits).toEqual({
      loginMaxFailuresPerUsername: 3,
      loginMaxFailuresPerAddress: 7,
      loginWindowSeconds: 60,
      publicMaxRequests: 5,
      publicWindowSeconds: 120,
    });
    expect(config.hardening).toEqual({ maxBodyBytes: 2048, maxJsonDepth: 8, maxExtensionDays: 30 });
    expect(config.attachmentMaxBytes).toBe(1048576);
    expect(config.serviceArea).toEqual({ south: 43.2, west: 12.4, north: 43.5, east: 12.8 });
    expect(config.reports.entityName).toBe('Comune di Gubbio');
  });

  it.each([
    ['URP_LOGIN_MAX_FAILURES', '0', /URP_LOGIN_MAX_FAILURES must be a positive whole number \(got "0"\)/],
    ['URP_LOGIN_MAX_FAILURES_PER_ADDRESS', 'many', /URP_LOGIN_MAX_FAILURES_PER_ADDRESS must be a positive whole number/],
    ['URP_LOGIN_WINDOW_SECONDS', '1.5', /URP_LOGIN_WINDOW_SECONDS must be a positive whole number/],
    ['URP_PUBLIC_MAX_REQUESTS', '-1', /URP_PUBLIC_MAX_REQUESTS must be a positive whole number/],
    ['URP_PUBLIC_WINDOW_SECONDS', '1e3', /URP_PUBLIC_WINDOW_SECONDS must be a positive whole number/],
    ['URP_MAX_BODY_BYTES', '100kb', /URP_MAX_BODY_BYTES must be a positive whole number \(got "100kb"\)/],
    ['URP_MAX_JSON_DEPTH', '0', /URP_MAX_JSON_DEPTH must be a positive whole number/],
    ['URP_MAX_EXTENSION_DAYS', 'six months', /URP_MAX_EXTENSION_DAYS must be a positive whole number/],
    ['URP_ATTACHMENT_MAX_BYTES', '1000', /URP_ATTACHMENT_MAX_BYTES must be a whole number of bytes, at least 1024 \(got "1000"\)/],
    ['URP_MAP_BOUNDS', '43.5,12.4,43.2,12.8', /URP_MAP_BOUNDS must be "south,west,north,east" in degrees, south < north/],
    ['URP_MAP_BOUNDS', '43.2,12.4,43.5', /URP_MAP_BOUNDS must be "south,west,north,east"/],
  ])('refuses %s=%j at start, naming the variable and the rule', (name, value, message) => {
    expect(() => loadAppConfig({ [name]: value })).toThrow(message);
  });
});
