/** Stands in for electron-store (which needs Electron at load) in tests of electron/main. */
export default class FakeElectronStore {
  private data: Record<string, unknown>;
  constructor(options: { defaults: Record<string, unknown> }) {
    this.data = { ...options.defaults };
  }
  get(key: string) {
    return this.data[key];
  }
  set(key: string, value: unknown) {
    this.data[key] = value;
  }
}
