using System.CommandLine;
using Intake.Server.Doctor;
using Intake.Server.Hosting;
using Intake.Storage;

namespace Intake.Server.Commands;

/// <summary>`intake doctor`: checks the deployment and says how to fix each thing that fails; exit 1 on any failure.</summary>
internal static class DoctorCommand
{
    public const string DefaultSocket = "/run/intake/intake.sock";

    public static Command Build(TextWriter output)
    {
        var data = CommandOptions.Data();
        var torrc = new Option<string>("--torrc") { Description = "Tor's configuration file (what it %includes is read too).", DefaultValueFactory = _ => TorConfiguration.DefaultTorrc };
        var socket = new Option<string>("--socket") { Description = "The Unix socket the service listens on.", DefaultValueFactory = _ => DefaultSocket };
        var unit = new Option<string>("--unit") { Description = "The service's systemd unit (its PATH.d/*.conf drop-ins are read too).", DefaultValueFactory = _ => UnitSandboxCheck.DefaultUnit };
        var command = new Command("doctor", "Check the deployment: keys, permissions, socket, Tor, sandbox, swap, clock, disk. Run it with sudo.") { data, torrc, socket, unit };
        command.SetAction(parse =>
        {
            var directory = Path.GetFullPath(parse.GetValue(data)!);
            if (!Directory.Exists(directory))
            {
                throw new CommandException($"There is no data directory {directory}. Give the one `intake serve --data` uses.");
            }

            var socketPath = Path.GetFullPath(parse.GetValue(socket)!);
            var tor = TorConfiguration.Read(parse.GetValue(torrc)!);
            var database = IntakeDatabase.Open(DataDirectory.DatabasePath(directory));
            var results = new[]
            {
                StorageChecks.Database(database),
                StorageChecks.Recipients(database),
                StorageChecks.ExportKey(directory),
                SecretKeyScan.Run(directory),
                PermissionChecks.DataDirectory(directory),
                SocketCheck.Run(socketPath),
                ListenerCheck.Run(directory),
                TorConfigCheck.Run(tor, socketPath),
                OnionDirectoryCheck.Run(tor, socketPath),
                UnitSandboxCheck.Run(Path.GetFullPath(parse.GetValue(unit)!)),
                SwapCheck.Run(),
                ClockCheck.Run(directory, tor.DataDirectory, DateTimeOffset.UtcNow),
                StorageChecks.DiskSpace(directory, new IntakeOptions().FreeDiskFloorBytes),
            };
            foreach (var result in results)
            {
                output.WriteLine(result);
            }

            var failed = results.Count(result => !result.Passed);
            output.WriteLine(failed == 0 ? "All checks passed." : $"{failed} check(s) failed; fix them as each line says, then run intake doctor again.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
