/** A tiny hand-written `paths` type in openapi-typescript's shape, for the client under test. */

interface Json<T> {
  headers: Record<string, unknown>;
  content: { "application/json": T };
}

interface NoParams {
  query?: never;
  header?: never;
  path?: never;
  cookie?: never;
}

export interface Item {
  id: string;
  name?: string;
}

interface ErrorBody {
  message?: string;
}

interface Unused {
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
}

export interface paths {
  "/items": Omit<Unused, "post"> & {
    parameters: NoParams;
    get: {
      parameters: { query?: { cursor?: string; limit?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ items: Item[]; next?: string }>; default: Json<ErrorBody> };
    };
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: Json<Item>; default: Json<ErrorBody> };
    };
  };
  "/items/{id}": Omit<Unused, "put" | "delete" | "patch"> & {
    parameters: NoParams;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Item>; default: Json<ErrorBody> };
    };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: Json<Item>; default: Json<ErrorBody> };
    };
    patch: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: Json<Item>; default: Json<ErrorBody> };
    };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: Record<string, unknown>; content?: never }; default: Json<ErrorBody> };
    };
  };
  "/files/{dir}/{name}": Unused & {
    parameters: NoParams;
    get: {
      parameters: { query?: never; header?: never; path: { dir: string; name: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ ok: boolean }>; default: Json<ErrorBody> };
    };
  };
}
