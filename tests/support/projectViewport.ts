import type { TestInfo } from '@playwright/test';

/** The viewport width of the running Playwright project (1280 when the project sets none). */
export const projectWidth = (info: TestInfo): number => info.project.use.viewport?.width ?? 1280;
