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
        foreach (var record in series.Records)
        {
            var platform = series.PlatformOf(record);
            if (platform is null) continue;
            foreach (var e in record.Events.Where(e => e.Kind == CaseEventKind.Established))
            {
                var at = bag.At(record.Tree.Source, e.Span);
                string rule = platform.ConsensusOfAll ? "all its members" : $"at least {platform.ConsensusMinimum} members";
                if (!e.ConsentOfAll && e.Consent.IsEmpty)
                {
                    if (platform.ConsensusOfAll || platform.ConsensusMinimum is not null)
                        at.Consent($"the record does not say who agreed to establish '{e.CaseId}'; platform {platform.Id} needs {rule}", "add 同意：全體, or the cities that agreed: 同意：臺北市、新北市");
                    continue;
                }

                if (e.ConsentOfAll) continue;
                var agreed = e.Consent.Select(c => Cities.Normalize(c) ?? c).Distinct().ToList();
                var outsiders = agreed.Where(c => !platform.Members.Contains(c)).ToList();
                if (outsiders.Count > 0)
                    at.Consent($"{string.Join("、", outsiders)} {(outsiders.Count > 1 ? "are" : "is")} not a member of platform {platform.Id} ({string.Join("、", platform.Members)})", "list only member cities");
                int members = agreed.Count(platform.Members.Contains);
                if (platform.ConsensusOfAll && members < platform.Members.Length)
                {
                    var missing = platform.Members.Where(m => !agreed.Contains(m));
                    at.Consent($"'{e.CaseId}' is established with the consent of {members} of {platform.Members.Length} cities; platform {platform.Id} needs all of them (missing: {string.Join("、", missing)})",
                        platform.Basis is null ? "the case needs the consent of every member" : $"rule of {platform.Basis}: every member must agree");
                }
                else if (platform.ConsensusMinimum is int min && members < min)
                {
                    at.Consent($"'{e.CaseId}' is established with the consent of {members} cities; platform {platform.Id} needs at least {min}", null);
                }
            }
        }
    }
}
