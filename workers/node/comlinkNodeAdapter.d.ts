// comlink ships the Node adapter's types as dist/esm/node-adapter.d.ts but no `exports`
// entry mapping the .mjs file to them; this re-export gives the import its types.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
