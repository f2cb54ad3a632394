// TypeDoc plugin: `validation.notDocumented` only asks for a summary. This adds
// what the public surface promises on top of it: every exported name carries an
// `@example`, and every parameter of every function, method and constructor is
// described. Findings are warnings, which `treatWarningsAsErrors` makes fatal.
import { Application, ReflectionKind } from "typedoc";

const NEEDS_EXAMPLE =
  ReflectionKind.Variable |
  ReflectionKind.Function |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Method;
const SIGNATURES = ReflectionKind.CallSignature | ReflectionKind.ConstructorSignature;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const reflection of project.getReflectionsByKind(NEEDS_EXAMPLE)) {
      const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
      if (!comments.some((c) => c?.getTag("@example"))) {
        app.logger.warn(`${reflection.getFriendlyFullName()} has no @example`);
      }
    }
    for (const signature of project.getReflectionsByKind(SIGNATURES)) {
      for (const parameter of signature.parameters ?? []) {
        if (!parameter.hasComment()) {
          app.logger.warn(
            `${signature.getFriendlyFullName()}: parameter ${parameter.name} is not described`,
          );
        }
      }
    }
  });
}
