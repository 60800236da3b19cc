import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { JsonFileSettings, MemorySettings } from '../../../electron/core/settings';
import { SpoorError } from '../../../shared/errors';
import { describeError } from '../../../shared/i18n';
import { caseApi } from '../../case-api';
import { tempDir } from '../helpers';

const services: CaseService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

async function rejection(promise: Promise<unknown>): Promise<SpoorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SpoorError)) throw new Error(`expected a SpoorError, got ${String(error)}`);
  return error;
}

describe('settings', () => {
  it('loads a settings file written before theme, OCR and data folder existed, keeping its recent cases', async () => {
    const file = path.join(await tempDir(), 'settings.json');
    const recent = { path: '/zaken/Toeslagen.spoor', name: 'Toeslagen', openedAt: '2026-03-01T09:00:00.000Z' };
    await fs.writeFile(file, JSON.stringify({ language: 'en', analystName: 'Anna', recentCases: [recent] }));
    const settings = await JsonFileSettings.load(file);
    expect(settings.get()).toEqual({ language: 'en', analystName: 'Anna', recentCases: [recent], theme: 'system', ocr: true });
  });

  it('stores theme, OCR and data folder, and a blank data folder means the default again', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    const settings = await JsonFileSettings.load(file);
    await settings.update({ theme: 'dark', ocr: false, casesDir: ` ${dir} ` });
    const reloaded = await JsonFileSettings.load(file);
    expect(reloaded.get()).toMatchObject({ theme: 'dark', ocr: false, casesDir: dir });
    await reloaded.update({ casesDir: '' });
    expect((await JsonFileSettings.load(file)).get().casesDir).toBeUndefined();
  });

  it('creates new cases in the chosen data folder, and in the default one when none is chosen', async () => {
    const defaultDir = path.join(await tempDir(), 'standaard');
    const chosenDir = await tempDir();
    const { service, call } = await caseApi({ casesDir: defaultDir, analystName: 'Anna' });
    services.push(service);
    expect((await call('case:create', { name: 'Eerste' })).path).toBe(path.join(defaultDir, 'Eerste.spoor'));

    const settings = new MemorySettings();
    const chosen = new CaseService({ casesDir: defaultDir, chosenCasesDir: () => settings.get().casesDir });
    services.push(chosen);
    await settings.update({ casesDir: chosenDir });
    expect((await chosen.createCase('Tweede')).path).toBe(path.join(chosenDir, 'Tweede.spoor'));
  });

  it('refuses a data folder that does not exist, is a file or is not a full path, in the analyst’s language', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'gewoon-een-bestand.txt');
    await fs.writeFile(file, 'x');
    const { service, call, settings } = await caseApi({ casesDir: dir, analystName: 'Anna' });
    services.push(service);
    for (const folder of [path.join(dir, 'bestaat-niet'), file, 'relatief/pad']) {
      const error = await rejection(call('settings:update', { casesDir: folder }));
      expect(error.code).toBe('settings.casesDirUnusable');
      expect(describeError('nl', error.toInfo())).toContain(`De map ${folder} kan geen nieuwe zaken bevatten`);
    }
    expect(settings.get().casesDir).toBeUndefined();
    await call('settings:update', { casesDir: dir });
    expect(settings.get().casesDir).toBe(dir);
  });

  it('does not silently create a case elsewhere when the chosen data folder has gone', async () => {
    const gone = path.join(await tempDir(), 'usb-stick');
    const service = new CaseService({ casesDir: await tempDir(), chosenCasesDir: () => gone });
    services.push(service);
    expect((await rejection(service.createCase('Zaak'))).code).toBe('settings.casesDirUnusable');
    await expect(fs.access(gone)).rejects.toThrow();
  });
});
