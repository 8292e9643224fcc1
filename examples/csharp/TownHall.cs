// What a town hall's C# information system does with inclusio through P/Invoke: check a plan file,
// build a plan from database rows, validate it in Czech, read its indicators' progress, save it.
//
//   mcs -out:TownHall.exe examples/csharp/TownHall.cs
//   LD_LIBRARY_PATH=/usr/local/lib mono TownHall.exe examples/data OUT.json
//
// The declarations below follow inclusio.h member by member; strings cross as UTF-8 both ways (the
// helpers Utf8 and FromUtf8), never in the platform's ANSI code page, so "Kutná Hora" survives.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

static class Native
{
    // The installed run-time library (the SONAME): a machine without the -dev symlink has only this.
    const string Lib = "libinclusio.so.0";

    public const int INCL_OK = 0;
    public const int INCL_ENOTFOUND = -11;
    public const int INCL_PLAN = 4;
    public const int INCL_SEVERITY_ERROR = 2;
    public const int INCL_LANGUAGE_CS = 1;
    public const uint INCL_VALIDATE_OPTIONS_VERSION = 2;
    public const uint INCL_PROGRESS_OPTIONS_VERSION = 1;

    [StructLayout(LayoutKind.Sequential)]
    public struct Error
    {
        public int code;
        public IntPtr message;
        public UIntPtr line, column, offset;
        public IntPtr pointer;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Buffer
    {
        public IntPtr ptr;
        public UIntPtr size;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ValidateOptions
    {
        public uint version;
        public IntPtr as_of, profile, profile_json;
        public int language;
        public uint threads;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Finding
    {
        public IntPtr rule;
        public int severity;
        public IntPtr pointer, entity, message;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ProgressOptions
    {
        public uint version;
        public IntPtr as_of;
        public double at_risk_margin, off_track_margin;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Progress
    {
        public IntPtr indicator, pointer;
        public int status;
        public int has_baseline;
        public long baseline;
        public int has_current;
        public long current;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 11)] public byte[] current_date;
        public IntPtr current_text;
        public UIntPtr observations;
        public int has_target;
        public long target;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 11)] public byte[] target_date;
        public IntPtr target_text;
        public int has_current_count;
        public long current_count;
        public int has_target_count;
        public long target_count;
        public int has_progress;
        public double progress;
        public int has_expected;
        public double expected;
    }

    [DllImport(Lib)] public static extern IntPtr incl_version(IntPtr major, IntPtr minor, IntPtr patch);
    [DllImport(Lib)] public static extern IntPtr incl_error_last();
    [DllImport(Lib)] public static extern void incl_buffer_dispose(ref Buffer buffer);
    [DllImport(Lib)] public static extern int incl_document_new(out IntPtr doc);
    [DllImport(Lib)] public static extern int incl_document_load_file(out IntPtr doc, byte[] path, IntPtr options);
    [DllImport(Lib)] public static extern void incl_document_free(IntPtr doc);
    [DllImport(Lib)] public static extern int incl_document_save_file(IntPtr doc, byte[] path, IntPtr options);
    [DllImport(Lib)] public static extern int incl_document_count(out UIntPtr count, IntPtr doc, int kind);
    [DllImport(Lib)] public static extern int incl_document_find(out IntPtr pointer, out int kind, IntPtr doc, byte[] id);
    [DllImport(Lib)] public static extern int incl_document_set_json(IntPtr doc, byte[] pointer, byte[] json);
    [DllImport(Lib)] public static extern int incl_document_get_money(out long minorUnits, byte[] currency, IntPtr doc, byte[] pointer);
    [DllImport(Lib)] public static extern int incl_document_get_length(out UIntPtr length, IntPtr doc, byte[] pointer);
    [DllImport(Lib)] public static extern int incl_money_format(out Buffer text, long minorUnits, byte[] currency, int language);
    [DllImport(Lib)] public static extern int incl_validate_options_init(ref ValidateOptions options, uint version);
    [DllImport(Lib)] public static extern int incl_validate(out IntPtr report, IntPtr doc, ref ValidateOptions options);
    [DllImport(Lib)] public static extern void incl_report_free(IntPtr report);
    [DllImport(Lib)] public static extern int incl_report_count(out UIntPtr count, IntPtr report);
    [DllImport(Lib)] public static extern int incl_report_finding(out Finding finding, IntPtr report, UIntPtr index);
    [DllImport(Lib)] public static extern int incl_progress_options_init(ref ProgressOptions options, uint version);
    [DllImport(Lib)] public static extern int incl_progress_compute(out IntPtr report, IntPtr doc, ref ProgressOptions options);
    [DllImport(Lib)] public static extern void incl_progress_report_free(IntPtr report);
    [DllImport(Lib)] public static extern int incl_progress_at(out Progress progress, IntPtr report, UIntPtr index);
    [DllImport(Lib)] public static extern IntPtr incl_progress_status_code(int status);

    // A C string for the library: UTF-8 with its NUL.
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + "\0");

    // A string the library lent: UTF-8 up to its NUL.
    public static string FromUtf8(IntPtr text)
    {
        if (text == IntPtr.Zero) return "";
        int length = 0;
        while (Marshal.ReadByte(text, length) != 0) ++length;
        var bytes = new byte[length];
        Marshal.Copy(text, bytes, 0, length);
        return Encoding.UTF8.GetString(bytes);
    }

    // A failed call becomes an exception with the library's message and the place it names.
    public static void Check(int status, string what)
    {
        if (status == INCL_OK) return;
        var e = Marshal.PtrToStructure<Error>(incl_error_last());
        string pointer = FromUtf8(e.pointer);
        throw new InvalidOperationException(what + ": " + FromUtf8(e.message) + (pointer != "" ? " (at " + pointer + ")" : ""));
    }
}

static class TownHall
{
    struct Found
    {
        public string Rule, Pointer, Entity, Message;
        public int Severity;
    }

    static List<Found> ValidateInCzech(IntPtr doc, string asOf)
    {
        var options = new Native.ValidateOptions();
        Native.Check(Native.incl_validate_options_init(ref options, Native.INCL_VALIDATE_OPTIONS_VERSION), "options");
        // The library reads as_of during the call only: the pinned bytes need outlive just that.
        var date = GCHandle.Alloc(Native.Utf8(asOf), GCHandleType.Pinned);
        try
        {
            options.as_of = date.AddrOfPinnedObject();
            options.language = Native.INCL_LANGUAGE_CS;
            Native.Check(Native.incl_validate(out IntPtr report, doc, ref options), "incl_validate");
            try
            {
                Native.Check(Native.incl_report_count(out UIntPtr count, report), "incl_report_count");
                var list = new List<Found>();
                for (ulong i = 0; i < count.ToUInt64(); ++i)
                {
                    Native.Check(Native.incl_report_finding(out Native.Finding f, report, new UIntPtr(i)), "incl_report_finding");
                    list.Add(new Found { Rule = Native.FromUtf8(f.rule), Severity = f.severity, Pointer = Native.FromUtf8(f.pointer),
                                         Entity = Native.FromUtf8(f.entity), Message = Native.FromUtf8(f.message) });
                }
                return list;
            }
            finally { Native.incl_report_free(report); }
        }
        finally { date.Free(); }
    }

    // JSON for a row; a real system would use its serializer. Strings are escaped as JSON requires.
    static string Json(string text)
    {
        var s = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') s.Append('\\').Append(c);
            else if (c < 0x20) s.AppendFormat("\\u{0:x4}", (int)c);
            else s.Append(c);
        }
        return s.Append('"').ToString();
    }

    static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: mono TownHall.exe DATA_DIR OUT.json");
            return 2;
        }
        string data = args[0], output = args[1];
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.WriteLine("inclusio " + Native.FromUtf8(Native.incl_version(IntPtr.Zero, IntPtr.Zero, IntPtr.Zero)));

        // 1. A plan file from the Agency: load, count, validate.
        Native.Check(Native.incl_document_load_file(out IntPtr agency, Native.Utf8(data + "/asz-2010-2013.json"), IntPtr.Zero), "load");
        Native.Check(Native.incl_document_count(out UIntPtr plans, agency, Native.INCL_PLAN), "count");
        var found = ValidateInCzech(agency, "2013-08-31");
        int errors = found.FindAll(f => f.Severity == Native.INCL_SEVERITY_ERROR).Count;
        Console.WriteLine($"asz-2010-2013.json: {plans} plánů, {found.Count} nálezů, z toho {errors} chyb");
        Native.incl_document_free(agency);

        // 2. A plan built from the town hall's database rows, one call per row. The last row's municipal
        // share was mistyped: its sources do not add up to its total.
        var rows = new[] {
            new { Id = "by1", Code = "BY1", Title = "Prostupné bydlení", Theme = "housing", Total = "1250000.00", OpZ = "1062500.00", Municipal = "187500.00" },
            new { Id = "za1", Code = "ZA1", Title = "Sociální firma", Theme = "employment", Total = "800000.00", OpZ = "680000.00", Municipal = "120000.00" },
            new { Id = "vz1", Code = "VZ1", Title = "Doučování", Theme = "education", Total = "300000.00", OpZ = "255000.00", Municipal = "40000.00" },
        };
        Native.Check(Native.incl_document_new(out IntPtr plan), "new");
        try
        {
            Action<string, string> set = (pointer, json) =>
                Native.Check(Native.incl_document_set_json(plan, Native.Utf8(pointer), Native.Utf8(json)), "set " + pointer);
            set("/currency", "\"CZK\"");
            set("/territories/-", "{\"id\": \"kutna-hora\", \"kind\": \"municipality\", \"name\": \"Kutná Hora\", \"code\": \"533955\"}");
            set("/organizations/-", "{\"id\": \"mesto-kh\", \"name\": \"Město Kutná Hora\", \"kind\": \"municipality\", \"ico\": \"00236195\"}");
            set("/plans/-", "{\"id\": \"spsz-kh\", \"kind\": \"strategic_plan\", \"title\": \"Strategický plán sociálního začleňování\"," +
                            " \"territory\": \"kutna-hora\", \"period\": {\"start\": \"2021-01-01\", \"end\": \"2023-12-31\"}," +
                            " \"status\": \"approved\", \"owner\": \"mesto-kh\", \"approval\": {\"body\": \"Zastupitelstvo města Kutná Hora\"," +
                            " \"date\": \"2020-12-14\", \"resolution\": \"ZM/123/2020\"}}");
            for (int i = 0; i < rows.Length; ++i)
            {
                var row = rows[i];
                set("/plans/0/goals/-", $"{{\"id\": \"cil-{row.Id}\", \"title\": {Json(row.Title)}, \"themes\": [\"{row.Theme}\"]}}");
                set("/plans/0/measures/-", $"{{\"id\": \"{row.Id}\", \"code\": \"{row.Code}\", \"title\": {Json(row.Title)}, \"goal\": \"cil-{row.Id}\"," +
                                           $" \"theme\": \"{row.Theme}\", \"status\": \"in_progress\", \"responsible\": \"mesto-kh\"," +
                                           $" \"budget\": {{\"total\": \"{row.Total}\", \"sources\": [{{\"source\": \"op_z\", \"amount\": \"{row.OpZ}\"}}]}}}}");
                set($"/plans/0/measures/{i}/budget/sources/-", $"{{\"source\": \"municipal_budget\", \"amount\": \"{row.Municipal}\"}}");
            }
            set("/indicators/-", "{\"id\": \"ind-by1\", \"name\": \"Počet zabydlených domácností\", \"subject\": {\"type\": \"measure\", \"id\": \"by1\"}," +
                                 " \"kind\": \"output\", \"unit\": \"households\", \"measure\": \"quantity\", \"direction\": \"increase\"," +
                                 " \"aggregation\": \"cumulative\", \"baseline\": {\"value\": 0, \"date\": \"2021-01-01\"}," +
                                 " \"targets\": [{\"value\": 12, \"date\": \"2023-12-31\"}], \"observations\": [{\"date\": \"2022-06-30\", \"value\": 5}]}");

            Native.Check(Native.incl_document_find(out IntPtr at, out int kind, plan, Native.Utf8("za1")), "find");
            Console.WriteLine("opatření za1 je na " + Native.FromUtf8(at));

            var currency = new byte[4];
            Native.Check(Native.incl_document_get_money(out long budget, currency, plan, Native.Utf8("/plans/0/measures/0/budget/total")), "money");
            Native.Check(Native.incl_money_format(out Native.Buffer text, budget, currency, Native.INCL_LANGUAGE_CS), "money format");
            Console.WriteLine($"rozpočet BY1: {budget} haléřů ({Encoding.ASCII.GetString(currency, 0, 3)}), tj. {Native.FromUtf8(text.ptr)}");
            Native.incl_buffer_dispose(ref text);

            // A path the plan does not have: the status and the step that is missing.
            int status = Native.incl_document_get_length(out UIntPtr length, plan, Native.Utf8("/plans/0/measures/7/budget/sources"));
            string missing = status == Native.INCL_ENOTFOUND
                ? "nenalezena u " + Native.FromUtf8(Marshal.PtrToStructure<Native.Error>(Native.incl_error_last()).pointer)
                : "neočekávaně nalezena";
            Console.WriteLine("chybějící cesta: " + missing);

            foreach (var f in ValidateInCzech(plan, "2022-12-31"))
                if (f.Severity == Native.INCL_SEVERITY_ERROR)
                    Console.WriteLine($"chyba {f.Rule} {f.Pointer}: {f.Message} [{f.Entity}]");

            // 3. Progress of the indicators.
            var options = new Native.ProgressOptions();
            Native.Check(Native.incl_progress_options_init(ref options, Native.INCL_PROGRESS_OPTIONS_VERSION), "progress options");
            var asOf = GCHandle.Alloc(Native.Utf8("2022-12-31"), GCHandleType.Pinned);
            try
            {
                options.as_of = asOf.AddrOfPinnedObject();
                Native.Check(Native.incl_progress_compute(out IntPtr progress, plan, ref options), "progress");
                try
                {
                    Native.Check(Native.incl_progress_at(out Native.Progress p, progress, UIntPtr.Zero), "progress item");
                    // Numbers are exact decimals in millionths.
                    Console.WriteLine($"{Native.FromUtf8(p.indicator)}: {Native.FromUtf8(Native.incl_progress_status_code(p.status))}," +
                                      $" aktuálně {p.current / 1000000m} z cíle {p.target / 1000000m}" +
                                      $" k {Encoding.ASCII.GetString(p.current_date, 0, 10)}");
                }
                finally { Native.incl_progress_report_free(progress); }
            }
            finally { asOf.Free(); }

            // 4. Save.
            Native.Check(Native.incl_document_save_file(plan, Native.Utf8(output), IntPtr.Zero), "save");
            Console.WriteLine("uloženo do " + output);
        }
        finally { Native.incl_document_free(plan); }
        return 0;
    }
}
