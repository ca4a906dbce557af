using System.Text;

namespace MinutesLang.Testing;

// Shared by tests/MinutesLang.Tests (FmtTests) and tests/MinutesLang.Fuzz (the pipeline laws):
// both projects compile this file (a linked Compile item), so there is one generator.

/// <summary>Random records from the productions of grammar/minutes.ebnf, with random whitespace.</summary>
internal static class GeneratedRecords
{
    private static readonly string[] Words =
    [
        "本季由桃園市主責", "下一季由新北市接棒", "114 年 3 月 7 日", "Google Meet", "請各縣市持續辦理。", "如附件", "(略)", "（臺北市政府提案）",
        "等3案解列", "http://example.org", "a:b", "說明：", "｜", "|", "\\", "@", "#", "*", "-", "//", "　", "  ", "\t", "，", "。",
        "[[學校交流|跨縣市學校交流]]", "[[綠碳匯]]", "[[沒有這案]]", "[", "]", "有 5 個議案持續列管", "ABC def", "１２３", "\u00A0",
    ];

    private static readonly string[] Labels = ["案由", "案 由", "說明", "說 明", "決議", "裁示", "時間", "地點", "主席", "紀錄", "散會", "最新辦理情形", "會議決議", "備註", "Note"];
    private static readonly string[] Directives = ["@meeting 114-2", "@list (一)", "@list 1.", "@列管 綠碳匯", "@解列 學校交流", "@成案 綠碳匯 同意：全體", "@列管表", "@更名 綠碳匯 新名", "@unknown x"];
    private static readonly string[] Spaces = [" ", "  ", "\t", "\u3000"];
    private static readonly string[] Units = ["  ", "    ", "\t", "\u3000", " "];
    private static readonly string[] Trailing = ["", "", "", " ", "\t", "\u3000 "];

    public static string Record(Random random)
    {
        string unit = Units[random.Next(Units.Length)];
        string eol = random.Next(4) == 0 ? "\r\n" : "\n";
        var sb = new StringBuilder();
        if (random.Next(2) == 0) sb.Append("@meeting 114-").Append(random.Next(1, 5)).Append(eol);
        if (random.Next(2) == 0) sb.Append("#").Append(Pick(random, Spaces)).Append(Inline(random)).Append(eol);
        int depth = 0;
        bool holds = false; // whether the last line that means something can hold lines below it (not @meeting, the title, a directive)
        for (int k = random.Next(3, 30); k > 0; k--)
        {
            // mostly well-formed: a line goes below the one above only where that one can hold it; now and then not (a
            // line nothing can hold, ML0008 of the binder, which fmt refuses: FmtBoundLayoutTests)
            depth = random.Next(0, depth + (holds || random.Next(10) == 0 ? 2 : 1));
            if (depth > 5) depth = 5;
            string line = Line(random, depth, unit);
            string body = line.TrimStart(' ', '\t', '\u3000');
            if (body.Length > 0 && !body.StartsWith("//", StringComparison.Ordinal)) holds = !body.StartsWith('@');
            sb.Append(line).Append(Pick(random, Trailing));
            if (k > 1 || random.Next(4) > 0) sb.Append(eol);
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static string Inline(Random random)
    {
        var sb = new StringBuilder();
        for (int n = random.Next(1, 5); n > 0; n--) sb.Append(Pick(random, Words));
        return sb.ToString().TrimStart(' ', '\t', '\u3000');
    }

    private static string Line(Random random, int depth, string unit)
    {
        string indent = string.Concat(Enumerable.Repeat(unit, depth));
        string sp = Pick(random, Spaces);
        string colon = random.Next(2) == 0 ? "：" : ":";
        string Field() => Pick(random, Labels) + (random.Next(4) == 0 ? sp : "") + colon + (random.Next(3) == 0 ? sp : "") + (random.Next(4) == 0 ? "" : Inline(random));
        int kind = random.Next(11);
        return kind switch
        {
            0 when depth == 0 => "*" + sp + (random.Next(2) == 0 ? Field() : Inline(random)),
            0 or 1 => indent + "-" + (random.Next(8) == 0 ? "" : sp + Inline(random)),
            2 or 3 => indent + Field(),
            4 => indent + Inline(random),
            5 => indent + Pick(random, Directives).Replace(" ", random.Next(3) == 0 ? sp : " "),
            6 => indent + "|" + string.Join("|", Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(4) == 0 ? " " : sp + Inline(random).Replace("|", "") + " ")) + (random.Next(3) == 0 ? "" : "|"),
            7 => string.Concat(Enumerable.Repeat(" ", random.Next(0, 8))) + "// " + Inline(random),
            8 => random.Next(2) == 0 ? "" : sp,
            9 => indent + "\\" + Inline(random),
            _ => indent + Field(),
        };
    }
}
