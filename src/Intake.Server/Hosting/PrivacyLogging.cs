using Microsoft.Extensions.Logging.Console;

namespace Intake.Server.Hosting;

/// <summary>
/// Logging that cannot record a source: ASP.NET's request logging (request lines, paths,
/// queries, headers, connection addresses) is switched off in code, after configuration,
/// so no appsettings file can turn it back on; lines carry no timestamp of their own.
/// </summary>
public static class PrivacyLogging
{
    public static void Configure(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = null;
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        logging.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            options.Rules.Clear();
            options.MinLevel = LogLevel.Information;
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft", LogLevel.Warning, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.Hosting.Lifetime", LogLevel.Information, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.HttpLogging", LogLevel.None, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Antiforgery", LogLevel.None, null));
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.Diagnostics", LogLevel.None, null));
            // The key ring only protects form tokens and lives in the 0700 data directory;
            // its "keys stored unencrypted" warning would only teach operators to ignore warnings.
            options.Rules.Add(new LoggerFilterRule(null, "Microsoft.AspNetCore.DataProtection", LogLevel.Error, null));
        });
    }
}
