using MinutesLang.Diagnostics;
using MinutesLang.Semantics;

namespace MinutesLang.Validation.Rules;

/// <summary>
/// ML0210: establishing a case (@成案) needs the consent that the platform in force on the
/// meeting's date requires (成案 in its @platform declaration): all members, or a minimum number.
/// </summary>
public sealed class ConsentRule : IRule
{
    public string Code => "ML0210";

    public void Check(SeriesContext series, DiagnosticBag bag)
    {
        foreach (var record in series.Records.Where(series.IsReported))
        {
            var platform = series.PlatformOf(record);
            if (platform is null) continue;
            foreach (var e in record.Events.Where(e => e.Kind == CaseEventKind.Established))
            {
                var at = bag.At(record.Tree.Source, e.Span);
                var rule = platform.ConsensusOfAll ? new Localization.Phrase("all its members", "全體成員") : new Localization.Phrase($"at least {platform.ConsensusMinimum} members", $"至少 {platform.ConsensusMinimum} 個成員");
                if (!e.ConsentOfAll && e.Consent.IsEmpty)
                {
                    if (platform.ConsensusOfAll || platform.ConsensusMinimum is not null)
                        at.ConsentUnstated(e.CaseId, platform.Id, rule);
                    continue;
                }

                if (e.ConsentOfAll) continue;
                var agreed = e.Consent.Select(c => Cities.Normalize(c) ?? c).Distinct().ToList();
                var outsiders = agreed.Where(c => !platform.Members.Contains(c)).ToList();
                if (outsiders.Count > 0)
                    at.ConsentOfOutsiders(outsiders, platform.Id, platform.Members);
                int members = agreed.Count(platform.Members.Contains);
                if (platform.ConsensusOfAll && members < platform.Members.Length)
                {
                    var missing = platform.Members.Where(m => !agreed.Contains(m));
                    at.ConsentNotAll(e.CaseId, members, platform.Members.Length, platform.Id, missing, platform.Basis);
                }
                else if (platform.ConsensusMinimum is int min && members < min)
                {
                    at.ConsentTooFew(e.CaseId, members, platform.Id, min);
                }
            }
        }
    }
}
