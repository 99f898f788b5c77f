// Runs in jest's parent process, outside its module mapping, so it uses the built packages
// (`npm test` builds first). Importing the app module registers every feature's migrations.
import 'reflect-metadata';
import { startTestInfrastructure } from '@bibliohub/api-testing';
import '../dist/app.module.js';

export default async function globalSetup() {
  globalThis.__BIBLIOHUB_TEST_INFRA__ = await startTestInfrastructure();
}
