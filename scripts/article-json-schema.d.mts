import type * as z from "zod";

export function articleJsonSchema(
  zod: typeof z,
  schemas: { articleSchema: z.ZodType; spanSchema: z.ZodType },
): Record<string, unknown>;
