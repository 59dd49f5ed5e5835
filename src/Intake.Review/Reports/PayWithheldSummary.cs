namespace Intake.Review.Reports;

/// <summary>
/// The distribution of the share of pay withheld (percent) over the cases that give one:
/// minimum, quartiles (type 7), maximum. Published only when at least k cases give it: the
/// minimum and maximum of a few cases are those people's own figures.
/// </summary>
/// <param name="Cases">How many cases give a share; suppressed like any count.</param>
/// <param name="Statistics">Min, Q1, median, Q3, max; null when withheld.</param>
public sealed record PayWithheldSummary(CountCell Cases, PayWithheldStatistics? Statistics);

public sealed record PayWithheldStatistics(double Minimum, double LowerQuartile, double Median, double UpperQuartile, double Maximum);
