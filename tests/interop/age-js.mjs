// A tiny command line around typage (npm age-encryption), used by the interop
// tests as a second, independent age implementation (the only one here with
// post-quantum hybrid keys: Debian's age 1.1.1 has none).
//
//   node age-js.mjs keygen [--pq]              identity line, then recipient line
//   node age-js.mjs encrypt -r RECIPIENT... [-a]   stdin -> stdout
//   node age-js.mjs decrypt -i IDENTITY...     stdin (binary or armored) -> stdout
//   node age-js.mjs encrypt-passphrase PASS    stdin -> stdout
//   node age-js.mjs decrypt-passphrase PASS    stdin -> stdout
//
// Inputs are small (at most ~10 MiB), so stdin is read whole and typage's
// Uint8Array API is used rather than its streams.
import * as age from "age-encryption";

const armorHeader = "-----BEGIN AGE ENCRYPTED FILE-----";

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function writeStdout(bytes) {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

// Collects the values of a repeated flag (-r X -r Y) and the remaining switches.
function parseFlags(args, valueFlag, switches) {
  const values = [];
  const seen = new Set();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === valueFlag && i + 1 < args.length) {
      values.push(args[++i]);
    } else if (switches.includes(args[i])) {
      seen.add(args[i]);
    } else {
      throw new Error(`unexpected argument: ${args[i]}`);
    }
  }
  if (values.length === 0) {
    throw new Error(`at least one ${valueFlag} is required`);
  }
  return { values, seen };
}

function singlePassphrase(args) {
  if (args.length !== 1) {
    throw new Error("expected exactly one passphrase argument");
  }
  return args[0];
}

// Armored input is recognised by its PEM line, as the age CLI does.
function dearmorIfNeeded(input) {
  const text = Buffer.from(input).toString("latin1").trimStart();
  return text.startsWith(armorHeader) ? age.armor.decode(Buffer.from(input).toString("utf8")) : input;
}

async function keygen(args) {
  if (args.length > 1 || (args.length === 1 && args[0] !== "--pq")) {
    throw new Error("usage: keygen [--pq]");
  }
  const identity = args[0] === "--pq" ? await age.generateHybridIdentity() : await age.generateX25519Identity();
  const recipient = await age.identityToRecipient(identity);
  await writeStdout(`${identity}\n${recipient}\n`);
}

async function encrypt(args) {
  const { values, seen } = parseFlags(args, "-r", ["-a"]);
  const encrypter = new age.Encrypter();
  for (const recipient of values) {
    encrypter.addRecipient(recipient);
  }
  const ciphertext = await encrypter.encrypt(await readStdin());
  await writeStdout(seen.has("-a") ? age.armor.encode(ciphertext) : ciphertext);
}

async function decrypt(args) {
  const { values } = parseFlags(args, "-i", []);
  const decrypter = new age.Decrypter();
  for (const identity of values) {
    decrypter.addIdentity(identity);
  }
  await writeStdout(await decrypter.decrypt(dearmorIfNeeded(await readStdin())));
}

async function encryptPassphrase(args) {
  const encrypter = new age.Encrypter();
  encrypter.setPassphrase(singlePassphrase(args));
  await writeStdout(await encrypter.encrypt(await readStdin()));
}

async function decryptPassphrase(args) {
  const decrypter = new age.Decrypter();
  decrypter.addPassphrase(singlePassphrase(args));
  await writeStdout(await decrypter.decrypt(dearmorIfNeeded(await readStdin())));
}

const commands = {
  keygen,
  encrypt,
  decrypt,
  "encrypt-passphrase": encryptPassphrase,
  "decrypt-passphrase": decryptPassphrase,
};

const [command, ...rest] = process.argv.slice(2);
try {
  const run = commands[command];
  if (run === undefined) {
    throw new Error(`unknown command ${JSON.stringify(command ?? "")}; expected one of ${Object.keys(commands).join(", ")}`);
  }
  await run(rest);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`age-js: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exitCode = 1;
}
