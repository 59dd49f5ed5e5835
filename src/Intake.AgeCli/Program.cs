using Intake.Terminal;
using System.CommandLine;
using Intake.AgeCli;
using Intake.AgeCli.Commands;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

var console = CliConsole.System();
var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    var parse = AgeCommandLine.Build(console).Parse(args);
    if (parse.Errors.Count > 0)
    {
        // System.CommandLine would print help and a blank line; a script wants one line.
        console.Error.WriteLine($"intake-age: {parse.Errors[0].Message} (see intake-age --help)");
        return 2;
    }
    return parse.Invoke(configuration);
}
catch (Exception e) when (e is CliException or PassphraseUnavailableException or AgeFormatException or NoIdentityMatchedException or KeyFormatException
    or ArgumentException or IOException or UnauthorizedAccessException)
{
    // One line, no stack trace, and nothing from the file or the keys.
    console.Error.WriteLine($"intake-age: {e.Message}");
    return 1;
}
