// The JSON Schema documents the data: the bundled file validates, and it catches the
// mistakes a data editor makes (missing field, wrong type, wrong version).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('data/schema/be-netzwerke.schema.json', 'utf8'));
const bundled = () => JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('the bundled dataset validates against the schema', () => {
  const ok = validate(bundled());
  assert.deepEqual(validate.errors ?? [], [], 'schema errors');
  assert.ok(ok);
});

test('the schema refuses a missing field, a wrong type and a wrong version', () => {
  const data = bundled();
  delete data.kommunen[3].name;
  data.kommunen[5].population = 'viele';
  data.schema_version = 2;
  assert.equal(validate(data), false);
  const paths = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
  assert.ok(paths.includes('/kommunen/3 required'), paths.join('\n'));
  assert.ok(paths.includes('/kommunen/5/population type'), paths.join('\n'));
  assert.ok(paths.includes('/schema_version const'), paths.join('\n'));
});

test('every field of every record type is documented in the schema', () => {
  const data = bundled();
  const defs = { kommunen: 'GemeindeRecord', kreise: 'KreisRecord', memberships: 'Membership', networks: 'Network',
    people: 'Person', fachstellen: 'Fachstelle', events: 'Event', sources: 'Source', facts: 'Fact' };
  for (const [section, def] of Object.entries(defs)) {
    const documented = Object.keys(schema.$defs[def].properties);
    for (const record of data[section]) {
      for (const field of Object.keys(record)) assert.ok(documented.includes(field), `${section}.${field}`);
    }
  }
});

test('the schema states the rules for untrusted values: links, addresses, lengths, coordinates', () => {
  const data = bundled();
  data.events[0].registration_url = 'javascript:alert(1)';
  data.people[0].email = 'a@b.de?bcc=c@evil.example';
  data.kommunen[0].name = 'x'.repeat(301);
  data.kommunen[1].lat = 52.52;
  assert.equal(validate(data), false);
  const found = validate.errors.map((e) => `${e.instancePath} ${e.keyword}`);
  for (const expected of ['/events/0/registration_url pattern', '/people/0/email pattern', '/kommunen/0/name maxLength', '/kommunen/1/lat maximum']) {
    assert.ok(found.includes(expected), `${expected} in\n${found.join('\n')}`);
  }
});
