/** The few extension APIs the tests call inside the extension's service worker (through `worker.evaluate`). */
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    create(properties: { url: string }): Promise<{ id?: number }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
};
