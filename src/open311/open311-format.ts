/**
 * GeoReport v2's two formats and its error shape. The format is the resource's extension
 * (`services.json`, `services.xml`); XML answers start with the UTF-8 declaration, lists are
 * a root element of repeated items, and errors are `[{code, description}]` or
 * `<errors><error><code/><description/></error></errors>`, whatever went wrong.
 */
import { HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { DOMAIN_ERROR_CATEGORIES, DomainError, type ErrorCategory } from '../domain';

export type Open311Format = 'json' | 'xml';

export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}

/** 'services.json' -> {name: 'services', format: 'json'}; a missing or other extension is 404 (no such resource). */
export function resourceOf(file: string): { name: string; format: Open311Format } {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  if (!match) throw new Open311Error(404, `Unknown resource ${file}: append .json or .xml`);
  return { name: match[1], format: match[2] as Open311Format };
}

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/** One element per field; arrays as a wrapper of repeated `itemOf(wrapper)` elements. */
function xmlOf(name: string, value: Value, itemOf: (wrapper: string) => string): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xmlOf(itemOf(name), item, itemOf)).join('')}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value).map(([key, inner]) => xmlOf(key, inner, itemOf)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const ITEMS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
};

/** Sends `body` (a list under `root`, or one object named `root`) in the asked format. */
export function sendOpen311(response: Response, status: number, format: Open311Format, root: string, body: Value): void {
  response.status(status);
  if (format === 'json') {
    response.type('application/json; charset=utf-8').send(JSON.stringify(body));
    return;
  }
  const xml = xmlOf(root, body, (wrapper) => ITEMS[wrapper] ?? 'item');
  response.type('text/xml; charset=utf-8').send(`<?xml version="1.0" encoding="utf-8"?>${xml}`);
}

const STATUS_OF_CATEGORY: Record<ErrorCategory, number> = { forbidden: 403, not_found: 404, conflict: 409, invalid: 400 };

/** Any failure as the spec's error list: the status is also each error's code. */
export function sendOpen311Error(response: Response, format: Open311Format, error: unknown): void {
  const { status, description } = describe(error);
  sendOpen311(response, status, format, 'errors', [{ code: status, description }]);
}

function describe(error: unknown): { status: number; description: string } {
  if (error instanceof Open311Error) return { status: error.status, description: error.description };
  if (error instanceof DomainError) {
    const citizenMessage = error.details?.citizenMessage;
    const field = error.details?.field;
    const description = [typeof field === 'string' ? `${field}:` : '', error.message, typeof citizenMessage === 'string' ? `(${citizenMessage})` : '']
      .filter(Boolean)
      .join(' ');
    return { status: STATUS_OF_CATEGORY[DOMAIN_ERROR_CATEGORIES[error.code]], description };
  }
  if (error instanceof HttpException) {
    const answer = error.getResponse();
    const message = typeof answer === 'object' && answer !== null && 'message' in answer ? String((answer as { message: unknown }).message) : error.message;
    return { status: error.getStatus(), description: message };
  }
  throw error;
}
