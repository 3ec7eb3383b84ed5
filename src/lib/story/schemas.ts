import { z } from 'astro/zod';
import { stepProblem } from '../../graphics/index';

/** Headline, dek and byline of the explainer (content/story/meta.json). */
export const storyMetaSchema = z.object({
  headline: z.string().min(1),
  dek: z.string().min(1),
  byline: z.string().min(1),
  // The publication date is today's, not a date of the events, so it is not held to the events' period.
  published: z.iso.date({ message: 'must be a real date written YYYY-MM-DD' }),
  description: z.string().min(1),
});

/** A chapter (content/story/chapters.json); its steps live in the folder named NN-<id>. */
export const chapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'must be lowercase words joined by hyphens' }),
  title: z.string().min(1),
  kicker: z.string().optional(),
});

/** A step's frontmatter: the graphic and state it shows. A typo fails the build with the list of valid names. */
export const stepSchema = z
  .object({
    graphic: z.string(),
    state: z.string(),
    label: z.string().optional(),
  })
  .superRefine((step, ctx) => {
    const problem = stepProblem(step.graphic, step.state);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

export type StoryMeta = z.infer<typeof storyMetaSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type StepData = z.infer<typeof stepSchema>;
