/**
 * A GeoReport v2 "POST Service Request" form, read into the contact the portal would send.
 * The spec's fields: service_code (required), lat + long or address_string or address_id
 * (one location is required), first_name, last_name, email, phone, description, and others
 * this office does not use (api_key, device_id, account_id, media_url, attribute[...]).
 * The office's rules add: a name and an e-mail (complaints and reports are never anonymous,
 * and the e-mail is where the acknowledgement goes), and a description.
 */
import { isEmail } from 'class-validator';
import type { CaseContact } from '../../cases/register-case/register-case.command';
import { isInside, type ServiceArea } from '../../place/service-area';
import { Open311Error } from '../open311-format';

const PHONE = /^\+?[0-9][0-9 ./-]{5,19}$/;
const MAX = { name: 100, email: 254, description: 10_000, address: 500 };

export type Open311Form = Record<string, unknown>;

function text(form: Open311Form, field: string, max: number): string | null {
  const value = form[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Open311Error(400, `${field} must be given once, as text`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw new Open311Error(400, `${field} must be at most ${max} characters`);
  return trimmed === '' ? null : trimmed;
}

function required(form: Open311Form, field: string, max: number, why = ''): string {
  const value = text(form, field, max);
  if (value === null) throw new Open311Error(400, `${field} was not provided${why}`);
  return value;
}

function coordinate(form: Open311Form, field: 'lat' | 'long', limit: number): number | null {
  const value = text(form, field, 30);
  if (value === null) return null;
  const number = Number(value);
  if (!/^-?\d+(\.\d+)?$/.test(value) || Math.abs(number) > limit) {
    throw new Open311Error(400, `${field} must be a WGS-84 decimal ${field === 'lat' ? 'latitude' : 'longitude'}`);
  }
  return number;
}

export function serviceCodeOf(form: Open311Form): string {
  return required(form, 'service_code', 100);
}

/** The case a request becomes: a report through the web, in the citizen's name; its point, if any, inside `area`. */
export function contactFromForm(form: Open311Form, area: ServiceArea): CaseContact {
  const serviceCode = serviceCodeOf(form);
  const lat = coordinate(form, 'lat', 90);
  const long = coordinate(form, 'long', 180);
  if ((lat === null) !== (long === null)) throw new Open311Error(400, 'lat and long must be given together');
  if (lat !== null && long !== null && !isInside(area, { lat, lon: long })) {
    throw new Open311Error(
      400,
      `lat and long must fall in the service area (latitude ${area.south} to ${area.north}, longitude ${area.west} to ${area.east})`,
    );
  }
  const address = text(form, 'address_string', MAX.address);
  const addressId = text(form, 'address_id', 100);
  if (lat === null && address === null && addressId === null) {
    throw new Open311Error(400, 'a location was not provided: lat and long, address_string or address_id');
  }
  const firstName = required(form, 'first_name', MAX.name, ': reports are never anonymous');
  const lastName = required(form, 'last_name', MAX.name, ': reports are never anonymous');
  const email = required(form, 'email', MAX.email, ': the acknowledgement and the reply are sent there');
  if (!isEmail(email)) throw new Open311Error(400, 'email must be an e-mail address');
  const phone = text(form, 'phone', 30);
  if (phone !== null && !PHONE.test(phone)) throw new Open311Error(400, 'phone must be 6 to 20 digits, optionally with a leading +');
  const where = [address, addressId === null ? null : `address_id ${addressId}`, lat === null ? null : `${lat}, ${long}`].filter(Boolean).join(' — ');
  return {
    channel: 'web',
    kind: 'report',
    subject: serviceCode,
    description: required(form, 'description', MAX.description),
    citizen: { fullName: `${firstName} ${lastName}`, email, ...(phone === null ? {} : { phone }) },
    location: where,
    // The map point, sealed like the location (CaseReceived.point).
    point: lat === null || long === null ? null : { lat, lon: long },
  };
}
