// Reads one JavaScript literal from the start of a comment: JSON, plus object
// keys without quotes, single-quoted strings and trailing commas — what
// examples write after `//`. Anything else (an identifier, `...`) is no literal.

/** The literal at the start of `text` and what follows it, or `undefined`. */
export function parseLiteral(text: string): { value: unknown; rest: string } | undefined {
  let pos = 0;
  const fail = (): never => {
    throw new SyntaxError("not a literal");
  };
  const space = () => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const string = (): string => {
    const quote = text.charAt(pos);
    let raw = "";
    pos++;
    while (pos < text.length && text.charAt(pos) !== quote) {
      if (text.charAt(pos) === "\\") raw += text.charAt(pos++);
      raw += text.charAt(pos++);
    }
    if (pos >= text.length) fail();
    pos++;
    const json = quote === '"' ? raw : raw.replace(/\\'/g, "'").replace(/"/g, '\\"');
    return JSON.parse(`"${json}"`) as string;
  };
  const value = (): unknown => {
    space();
    const c = text.charAt(pos);
    if (c === '"' || c === "'") return string();
    if (c === "[") {
      pos++;
      const items: unknown[] = [];
      space();
      while (text.charAt(pos) !== "]") {
        items.push(value());
        space();
        if (text.charAt(pos) === ",") {
          pos++;
          space();
        } else if (text.charAt(pos) !== "]") fail();
      }
      pos++;
      return items;
    }
    if (c === "{") {
      pos++;
      const object: Record<string, unknown> = {};
      space();
      while (text.charAt(pos) !== "}") {
        let key: string;
        const q = text.charAt(pos);
        if (q === '"' || q === "'") key = string();
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(pos));
          if (!m) return fail();
          key = m[0];
          pos += key.length;
        }
        space();
        if (text.charAt(pos) !== ":") fail();
        pos++;
        object[key] = value();
        space();
        if (text.charAt(pos) === ",") {
          pos++;
          space();
        } else if (text.charAt(pos) !== "}") fail();
      }
      pos++;
      return object;
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w$])/.exec(
      text.slice(pos),
    );
    if (!m) return fail();
    pos += m[0].length;
    return JSON.parse(m[0]);
  };
  try {
    const parsed = value();
    return { value: parsed, rest: text.slice(pos) };
  } catch {
    return undefined;
  }
}
