// The records layer: generic CRUD over the metadata in ../metadata.ts.
export { insertMany, insertRecords } from './create.ts';
export { toRecords, RELATION_CAP } from './depth.ts';
export { listRecords, type ListParams, type ListResult } from './list.ts';
export { serializeRow, type JsonRecord } from './serialize.ts';
export { deleteRecord, getRecord, updateRecord } from './single.ts';
