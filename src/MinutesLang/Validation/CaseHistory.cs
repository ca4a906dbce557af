using System.Collections.Immutable;
using MinutesLang.Semantics;
using MinutesLang.Text;

namespace MinutesLang.Validation;

/// <summary>Where a case stands after a meeting.</summary>
public enum CaseStatus
{
    Declared,           // in series.minutes, never seen in a record
    Open,               // established, introduced or carried over, and tracked
    DelistingProposed,  // a higher level (or the group) is to decide on delisting
    Delisted,
    Referred,           // sent to another body
    Unknown,            // not reported after a gap, or forgotten: its fate is not on record
}

/// <summary>One event of a case at one meeting.</summary>
public sealed record CaseStep(Record Record, CaseEvent Event);

/// <summary>The life of one case across the series, as the records tell it.</summary>
public sealed class CaseLife(string id, CaseDeclaration? declaration)
{
    public string Id { get; } = id;

    public CaseDeclaration? Declaration { get; } = declaration;

    public CaseStatus Status { get; internal set; } = CaseStatus.Declared;

    public Record? EnteredAt { get; internal set; }

    public Record? LastReportedAt { get; internal set; }

    public Record? ClosedAt { get; internal set; }

    public string? PendingLevel { get; internal set; }

    public List<CaseStep> Steps { get; } = [];
}

/// <summary>What the carry-over rules (ML0200–ML0203) report; the rules turn these into diagnostics.</summary>
public enum CaseFindingKind
{
    NotCarriedOver,
    BeforeEstablished,
    ClosedTrackedAgain,
    DelistingDecisionMissing,
    LinkedWithoutEvent,  // open after the previous meeting, linked in this record, but given no event (ML0254)
    EstablishedWhileOpen, // @成案 of a case already open or proposed for delisting (ML0255); Earlier: where it entered
}

public sealed record CaseFinding(CaseFindingKind Kind, Record Record, TextSpan Span, string CaseId, Record? Earlier, string Detail);

/// <summary>
/// Replays every case event of the series in order (DOMAIN.md §3). A case enters by 成案, 交辦
/// (a higher-level directive) or 併入 (from a merged platform), or by being reported at the
/// first record of the series or the first one after a gap (it was opened before). Every case
/// open after a meeting must have an event at the next one; after a gap its state is unknown
/// until it is reported again.
/// </summary>
public sealed class CaseHistory
{
    private readonly Dictionary<string, CaseLife> lives = new(StringComparer.Ordinal);
    private readonly List<CaseFinding> findings = [];

    public IReadOnlyList<CaseFinding> Findings => findings;

    /// <summary>Every case of the series: the declared ones in declaration order, then any others seen.</summary>
    public IEnumerable<CaseLife> Lives => lives.Values;

    public static CaseHistory Build(SeriesContext ctx)
    {
        var h = new CaseHistory();
        foreach (var c in ctx.Series.Cases.Values.OrderBy(c => c.Span.Start)) h.lives[c.Id] = new CaseLife(c.Id, c);
        for (int i = 0; i < ctx.Records.Length; i++) h.Replay(ctx, i);
        return h;
    }

    private CaseLife Life(string id)
    {
        if (!lives.TryGetValue(id, out var life)) lives[id] = life = new CaseLife(id, null);
        return life;
    }

    private void Replay(SeriesContext ctx, int i)
    {
        var record = ctx.Records[i];
        bool afterGap = ctx.GapBefore(i) is not null;
        bool mayCarry = i == 0 || afterGap;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        foreach (var e in record.Events)
        {
            var life = Life(e.CaseId);
            reported.Add(e.CaseId);
            life.Steps.Add(new CaseStep(record, e));
            var before = life.Status;
            switch (e.Kind)
            {
                case CaseEventKind.Established when before is CaseStatus.Open or CaseStatus.DelistingProposed:
                    // established twice: the register would show two 成案 for one case; a delisted case established again is a
                    // new start (ML0202's fix), and a case whose state is unknown after a gap may have closed in between
                    findings.Add(new CaseFinding(CaseFindingKind.EstablishedWhileOpen, record, e.Span, life.Id, life.EnteredAt ?? life.LastReportedAt,
                        before == CaseStatus.Open ? "open" : "proposed for delisting"));
                    break;

                case CaseEventKind.Established:
                case CaseEventKind.Directive:
                case CaseEventKind.Merged:
                    if (before is not (CaseStatus.Open or CaseStatus.DelistingProposed)) life.EnteredAt = record;
                    life.Status = CaseStatus.Open;
                    break;

                case CaseEventKind.Tracked:
                case CaseEventKind.Routine:
                case CaseEventKind.Renamed:
                    Enter(life, e, "reported");
                    life.Status = CaseStatus.Open;
                    break;

                case CaseEventKind.DelistingProposed:
                    // a case the group delisted may still be put to a higher level for confirmation
                    if (before is not (CaseStatus.Delisted or CaseStatus.Referred)) Enter(life, e, "proposed for delisting");
                    life.Status = CaseStatus.DelistingProposed;
                    life.PendingLevel = e.Level;
                    break;

                case CaseEventKind.Delisted:
                    if (before is not CaseStatus.Delisted) Enter(life, e, "delisted");
                    life.Status = CaseStatus.Delisted;
                    life.ClosedAt = record;
                    life.PendingLevel = null;
                    break;

                case CaseEventKind.Referred:
                    // a proposal sent elsewhere was never established here: it has no 成案 meeting
                    life.Status = CaseStatus.Referred;
                    life.ClosedAt = record;
                    break;
            }

            life.LastReportedAt = record;
        }

        // a 臨時會 reports what it was called for, not every open case; the next regular meeting reports what was open
        // after the last regular one or a 臨時會 since (issue 12: the series' own numbering, MeetingScheme)
        if (i == 0 || record.Extra) return;
        int p = i - 1;
        while (p > 0 && ctx.Records[p].Extra) p--;
        var previous = ctx.Records[p];
        var since = new HashSet<Record>(ctx.Records.Skip(p).Take(i - p), ReferenceEqualityComparer.Instance);
        foreach (var life in lives.Values)
        {
            if (reported.Contains(life.Id) || life.Status is not (CaseStatus.Open or CaseStatus.DelistingProposed)) continue;
            if (life.LastReportedAt is null || !since.Contains(life.LastReportedAt)) continue; // not open after the previous meeting (reported earlier, then lapsed)
            // an id the series does not declare is reported where it is written (ML0101, a misspelling most often): that it
            // is not carried over is the same mistake seen again, not a case forgotten (a fresh user's report, stop 16)
            if (!afterGap && life.Declaration is not null)
            {
                // an open case the record links ([[id]]) but gives no event: the writer forgot the directive, not the case
                var link = life.Status == CaseStatus.Open ? record.Mentions.FirstOrDefault(m => m.CaseId == life.Id) : null;
                var kind = link is not null ? CaseFindingKind.LinkedWithoutEvent
                    : life.Status == CaseStatus.Open ? CaseFindingKind.NotCarriedOver : CaseFindingKind.DelistingDecisionMissing;
                findings.Add(new CaseFinding(kind, record, link?.Span ?? RecordLines.Meeting(record), life.Id, previous, life.PendingLevel ?? ""));
            }

            life.Status = CaseStatus.Unknown;
        }

        void Enter(CaseLife life, CaseEvent e, string what)
        {
            switch (life.Status)
            {
                case CaseStatus.Declared when !mayCarry:
                    findings.Add(new CaseFinding(CaseFindingKind.BeforeEstablished, record, e.Span, life.Id, null, what));
                    life.EnteredAt = record;
                    break;
                case CaseStatus.Declared or CaseStatus.Unknown:
                    life.EnteredAt ??= record;
                    break;
                case CaseStatus.Delisted or CaseStatus.Referred when e.Kind is not CaseEventKind.Delisted:
                    findings.Add(new CaseFinding(CaseFindingKind.ClosedTrackedAgain, record, e.Span, life.Id, life.ClosedAt,
                        life.Status == CaseStatus.Delisted ? "delisted" : "referred elsewhere"));
                    break;
            }
        }
    }
}
