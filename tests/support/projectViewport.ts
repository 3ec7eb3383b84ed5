import type { TestInfo } from '@playwright/test';

/** The viewport width of the running Playwright project (1280 when the project sets none). */
export const projectWidth = (info: TestInfo): number => info.project.use.viewport?.width ?? 1280;

/** True in the first project only: for checks that do not depend on the viewport and need to run once. */
export const isFirstProject = (info: TestInfo): boolean => info.project.name === (info.config.projects[0]?.name ?? '');
