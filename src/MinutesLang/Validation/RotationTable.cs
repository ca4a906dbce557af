using System.Collections.Immutable;
using MinutesLang.Semantics;
using MinutesLang.Validation.Rules;

namespace MinutesLang.Validation;

/// <summary>
/// The <c>@rotation</c> rows of one platform, indexed once per series (<see cref="SeriesContext.RotationOf"/>)
/// instead of once per record: the quarterly rows (期別 第 K 季) by quarter, the yearly rows (全年) by year.
/// Where two rows name one quarter or one year, the first row written wins, as it did when each record
/// searched the rows in order.
/// </summary>
public sealed class RotationTable
{
    private readonly Dictionary<int, string> hostOfQuarter;
    private readonly Dictionary<int, RotationEntry> yearly;

    private RotationTable(Dictionary<int, string> hostOfQuarter, Dictionary<int, RotationEntry> yearly)
    {
        this.hostOfQuarter = hostOfQuarter;
        this.yearly = yearly;
    }

    /// <summary>True when the platform has at least one quarterly row (the rule checks 本季/上一季/下一季 only then).</summary>
    public bool HasQuarters => hostOfQuarter.Count > 0;

    /// <summary>True when the platform has at least one 全年 row.</summary>
    public bool HasYears => yearly.Count > 0;

    /// <summary>The host of a quarter, counted as <c>year * 4 + quarter - 1</c> (year AD, quarter 1–4), or null without a row.</summary>
    public string? HostOfQuarter(int index) => hostOfQuarter.GetValueOrDefault(index);

    /// <summary>The 全年 row of a year (AD), or null.</summary>
    public RotationEntry? YearRow(int year) => yearly.GetValueOrDefault(year);

    /// <summary>Indexes the rows of <paramref name="platform"/> among <paramref name="rows"/> (those of <c>@rotation</c>, in the order written).</summary>
    public static RotationTable Of(ImmutableArray<RotationEntry> rows, string platform)
    {
        var quarters = new Dictionary<int, string>();
        var years = new Dictionary<int, RotationEntry>();
        foreach (var r in rows)
        {
            if (r.Platform != platform) continue;
            int quarter = RotationRule.QuarterOf(r.Period);
            if (quarter > 0) quarters.TryAdd(r.Year * 4 + quarter - 1, r.Host);
            if (r.Period == "全年") years.TryAdd(r.Year, r);
        }

        return new RotationTable(quarters, years);
    }
}
