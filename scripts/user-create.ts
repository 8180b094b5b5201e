// `npm run user:create -- --email a@b.de --name "…" --role admin [--password …]`: an account without the dashboard.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { createUser } from "@/db/mutations/users";
import { runScript } from "./run-script";

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped input: the first line is the password, so scripts can create users without a flag in the process list.
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return "";
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: readline writes through _writeToOutput, which we silence after the prompt.
  const output = prompt as unknown as { _writeToOutput: (text: string) => void };
  const question = prompt.question("Passwort: ");
  output._writeToOutput = () => {};
  const answer = await question;
  prompt.close();
  process.stdout.write("\n");
  return answer;
}

await runScript(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "author" },
      password: { type: "string" },
    },
  });
  if (!values.email || !values.name) throw new Error('Usage: npm run user:create -- --email a@b.de --name "Vorname Nachname" --role admin|editor|author|contributor');
  const password = values.password ?? (await askPassword());
  const handle = await openDatabase();
  try {
    await handle.migrate();
    const result = await createUser(handle.db, { email: values.email, displayName: values.name, role: values.role, password });
    if (!result.ok) {
      const details = Object.entries(result.fieldErrors ?? {}).map(([field, message]) => `${field}: ${message}`);
      throw new Error([result.message, ...details].join("\n  "));
    }
    console.log(`Created ${result.value.role} ${result.value.email} (id ${result.value.id}).`);
  } finally {
    await handle.close();
  }
});
