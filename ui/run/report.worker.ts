/** The report worker: exposes the report API (`reportApi.ts`) to the page with comlink. */
import * as Comlink from 'comlink';
import { createReportApi } from './reportApi.ts';

Comlink.expose(createReportApi());
