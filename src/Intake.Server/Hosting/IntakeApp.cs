using Intake.Questionnaires;
using System.Net;
using Intake.Server.Pages;
using Intake.Server.Questionnaire;
using Intake.Server.Recipients;
using Intake.Server.Security;
using Intake.Server.Submissions;
using Intake.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Intake.Server.Hosting;

/// <summary>Builds the intake web application: services, Kestrel binding, pipeline and endpoints.</summary>
public static class IntakeApp
{
    public const string AntiforgeryCookieName = "__intake_form";

    /// <summary>Builds the app; <paramref name="configure"/> lets tests swap the server (for example a test host).</summary>
    public static WebApplication Create(ServeSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataDirectory = DataDirectory.Prepare(settings.DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        PrivacyLogging.Configure(builder.Logging);
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.Section)
            .Configure(options =>
            {
                options.DataDirectory = dataDirectory;
                options.QuestionnairePath = settings.QuestionnairePath ?? options.QuestionnairePath;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        AddServices(builder.Services, dataDirectory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            if (settings.SocketPath is not null)
            {
                File.Delete(settings.SocketPath);
                kestrel.ListenUnixSocket(settings.SocketPath);
            }
            else if (settings.Listen is not null)
            {
                kestrel.Listen(settings.Listen);
            }
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        if (settings.SocketPath is { } socketPath)
        {
            app.Lifetime.ApplicationStarted.Register(() => OpenSocketToGroup(socketPath));
        }
        app.UseExceptionHandler(errors => errors.Run(RenderServerErrorAsync));
        app.UseStatusCodePages(context => RenderStatusPageAsync(context.HttpContext));
        app.UseSecurityHeaders();
        app.UseTor2WebRefusal();
        app.MapPages();
        app.MapSubmissions();
        return app;
    }

    private static void AddServices(IServiceCollection services, string dataDirectory)
    {
        services.AddSingleton(_ => IntakeDatabase.Open(DataDirectory.DatabasePath(dataDirectory)));
        services.AddSingleton<RecipientStore>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<ReviewerKeys>();
        services.AddSingleton(provider => QuestionnaireLoader.Load(QuestionnaireFile(provider.GetRequiredService<IOptions<IntakeOptions>>().Value)));
        services.AddSingleton(provider => new UploadGate(provider.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxConcurrentUploads));
        services.AddSingleton(provider => new DiskSpace(dataDirectory, provider.GetRequiredService<IOptions<IntakeOptions>>().Value.FreeDiskFloorBytes));
        services.AddSingleton<SubmissionReceiver>();
        services.AddSingleton(TimeProvider.System);
        services.AddDataProtection()
            .SetApplicationName("testimonio-intake")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, DataDirectory.KeyRingDirectoryName)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = SubmissionReceiver.TokenHeader;
            options.FormFieldName = SubmissionReceiver.TokenField;
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            // Onion services are plain HTTP to Kestrel; Tor provides the transport security.
            options.Cookie.SecurePolicy = CookieSecurePolicy.None;
            options.SuppressXFrameOptionsHeader = true;
        });
    }

    /// <summary>The questionnaire an operator configured, or the one shipped beside the binary.</summary>
    public static string QuestionnaireFile(IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.QuestionnairePath)
            ? QuestionnaireLoader.DefaultPath
            : options.QuestionnairePath;
    }

    private static async Task RenderServerErrorAsync(HttpContext context)
    {
        // Only the exception's type and stack: its message might quote request data.
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is not null)
        {
            Log.RequestFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Intake.Server"), error.GetType().FullName, error.StackTrace);
        }
        await RenderStatusPageAsync(context, StatusCodes.Status500InternalServerError);
    }

    private static Task RenderStatusPageAsync(HttpContext context, int? status = null)
    {
        var code = status ?? context.Response.StatusCode;
        var text = LanguageSelection.Resolve(context);
        return HtmlResult.WithStatus(ErrorPage.Render(text, ErrorPage.MessageFor(text, code)), code).ExecuteAsync(context);
    }

    /// <summary>Parses "127.0.0.1:8080" or "[::1]:8080".</summary>
    public static IPEndPoint ParseEndpoint(string text) =>
        IPEndPoint.TryParse(text, out var endpoint) && endpoint.Port != 0
            ? endpoint
            : throw new ArgumentException($"\"{text}\" is not an address and port such as 127.0.0.1:8080.");

    // Kestrel makes the socket with the process umask (0077 under systemd); Tor connects as the
    // socket's group, so the group may write to it and nobody else may.
    private static void OpenSocketToGroup(string socketPath)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(socketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        }
    }
}
