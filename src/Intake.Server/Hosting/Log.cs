namespace Intake.Server.Hosting;

/// <summary>Every line the service logs itself. None carries request data, and none records a submission.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} incomplete upload(s) left by an interrupted run.")]
    public static partial void IncompleteUploadsRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request failed: {ExceptionType}{StackTrace}")]
    public static partial void RequestFailed(ILogger logger, string? exceptionType, string? stackTrace);
}
