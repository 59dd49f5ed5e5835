// The import benchmark's peer: typage (npm age-encryption) decrypting every part of an export
// bundle in one node process, one part after another, with nothing else (no signature or hash
// check, no index, no storage): a decrypt-only floor for `review import`.
//
//   node typage-decrypt.mjs BUNDLE IDENTITY_FILE
//
// Layout (src/Intake.Bundles/BundleFormat.cs): the magic line, the manifest's length (4 bytes,
// big-endian), the manifest JSON, a 64-byte signature, then each part's age file in manifest
// order. Parts are read one at a time, so memory stays at one part, as in a streaming importer.
// Prints the count and plaintext bytes; exits 1 if any part fails or is not an answers document.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// typage is installed for the interop tests (npm ci in tests/interop), not beside this script.
const interop = createRequire(new URL("../interop/package.json", import.meta.url));
const age = await import(pathToFileURL(interop.resolve("age-encryption")).href);

const magic = "testimonio-export-bundle/v1\n";
const signatureSize = 64;
const answersStart = Buffer.from('{"questionnaire":');

function readExactly(fd, length, position) {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) {
      throw new Error(`the bundle ends early, at byte ${position + done}`);
    }
    done += read;
  }
  return buffer;
}

function identityFrom(path) {
  const line = readFileSync(path, "utf8").split("\n").map((l) => l.trim()).find((l) => l.startsWith("AGE-SECRET-KEY-"));
  if (line === undefined) {
    throw new Error(`no AGE-SECRET-KEY- line in ${path}`);
  }
  return line;
}

const [bundlePath, identityPath] = process.argv.slice(2);
try {
  if (bundlePath === undefined || identityPath === undefined) {
    throw new Error("usage: node typage-decrypt.mjs BUNDLE IDENTITY_FILE");
  }
  const decrypter = new age.Decrypter();
  decrypter.addIdentity(identityFrom(identityPath));

  const fd = openSync(bundlePath, "r");
  let position = 0;
  if (readExactly(fd, magic.length, position).toString("latin1") !== magic) {
    throw new Error("not an export bundle");
  }
  position += magic.length;
  const manifestLength = readExactly(fd, 4, position).readUInt32BE(0);
  position += 4;
  const manifest = JSON.parse(readExactly(fd, manifestLength, position).toString("utf8"));
  position += manifestLength + signatureSize;

  let plaintextBytes = 0;
  for (const part of manifest.parts) {
    const plaintext = await decrypter.decrypt(readExactly(fd, part.size, position));
    position += part.size;
    if (!answersStart.equals(plaintext.subarray(0, answersStart.length))) {
      throw new Error(`part ${part.submission}/${part.part} is not an answers document`);
    }
    plaintextBytes += plaintext.length;
  }
  closeSync(fd);
  process.stdout.write(`${manifest.parts.length} parts, ${plaintextBytes} plaintext bytes\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`typage-decrypt: ${message}\n`);
  process.exitCode = 1;
}
