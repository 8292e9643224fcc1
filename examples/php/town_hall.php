<?php
// What a town hall's PHP application does with inclusio through PHP 8.2's FFI extension: check a plan
// file, build a plan from database rows, validate it in Czech, read its indicators' progress, save it.
//
//   LD_LIBRARY_PATH=/usr/local/lib php examples/php/town_hall.php /usr/local/include/inclusio/inclusio_ffi.h examples/data OUT.json
//
// FFI::load reads the header's FFI_LIB (libinclusio.so.N, found as the system finds libraries) and
// FFI_SCOPE; a php-fpm application preloads it (opcache.preload) and calls FFI::scope("inclusio").

declare(strict_types=1);

[$script, $header, $data, $out] = $argv + [null, null, null, null];
if ($out === null) {
    fwrite(STDERR, "usage: php town_hall.php INCLUSIO_FFI_H DATA_DIR OUT.json\n");
    exit(2);
}
$ffi = FFI::load($header);

// A failed call: the library's last error, with the place it names.
function check(FFI $ffi, int $status, string $what): void {
    if ($status === $ffi->INCL_OK) return;
    $e = $ffi->incl_error_last();
    $pointer = FFI::string($e->pointer);
    throw new RuntimeException("$what: " . FFI::string($e->message) . ($pointer !== '' ? " (at $pointer)" : ''));
}

// A C string the library may read for as long as the returned object lives: an option struct keeps
// only its address, so keep the object in a variable until the call has returned.
function c_string(FFI $ffi, string $text): FFI\CData {
    $buffer = $ffi->new('char[' . (strlen($text) + 1) . ']', false);
    FFI::memcpy($buffer, $text . "\0", strlen($text) + 1);
    return $buffer;
}

function findings(FFI $ffi, $report): array {
    $count = $ffi->new('size_t');
    check($ffi, $ffi->incl_report_count(FFI::addr($count), $report), 'incl_report_count');
    $list = [];
    $finding = $ffi->new('incl_finding');
    for ($i = 0; $i < $count->cdata; ++$i) {
        check($ffi, $ffi->incl_report_finding(FFI::addr($finding), $report, $i), 'incl_report_finding');
        $list[] = ['rule' => FFI::string($finding->rule), 'severity' => $finding->severity,
                   'pointer' => FFI::string($finding->pointer), 'entity' => FFI::string($finding->entity),
                   'message' => FFI::string($finding->message)];
    }
    return $list;
}

function validate_in_czech(FFI $ffi, $doc, string $as_of): array {
    $options = $ffi->new('incl_validate_options');
    check($ffi, $ffi->incl_validate_options_init(FFI::addr($options), $ffi->INCL_VALIDATE_OPTIONS_VERSION), 'options');
    $date = c_string($ffi, $as_of);
    $options->as_of = $ffi->cast('const char *', $date);
    $options->language = $ffi->INCL_LANGUAGE_CS;
    $report = $ffi->new('incl_report *');
    check($ffi, $ffi->incl_validate(FFI::addr($report), $doc, FFI::addr($options)), 'incl_validate');
    $list = findings($ffi, $report);
    $ffi->incl_report_free($report);
    return $list;
}

echo 'inclusio ', $ffi->incl_version(null, null, null), "\n";

// 1. A plan file from the Agency: load, count, validate.
$doc = $ffi->new('incl_document *');
check($ffi, $ffi->incl_document_load_file(FFI::addr($doc), "$data/asz-2010-2013.json", null), 'load');
$plans = $ffi->new('size_t');
check($ffi, $ffi->incl_document_count(FFI::addr($plans), $doc, $ffi->INCL_PLAN), 'count');
$found = validate_in_czech($ffi, $doc, '2013-08-31');
$errors = count(array_filter($found, fn($f) => $f['severity'] === $ffi->INCL_SEVERITY_ERROR));
echo "asz-2010-2013.json: {$plans->cdata} plánů, " . count($found) . " nálezů, z toho $errors chyb\n";
$ffi->incl_document_free($doc);

// 2. A plan built from the town hall's database rows, one call per row.
// The last row's municipal share was mistyped: its sources do not add up to its total.
$rows = [
    ['id' => 'by1', 'code' => 'BY1', 'title' => 'Prostupné bydlení', 'theme' => 'housing', 'total' => '1250000.00', 'op_z' => '1062500.00', 'municipal' => '187500.00'],
    ['id' => 'za1', 'code' => 'ZA1', 'title' => 'Sociální firma', 'theme' => 'employment', 'total' => '800000.00', 'op_z' => '680000.00', 'municipal' => '120000.00'],
    ['id' => 'vz1', 'code' => 'VZ1', 'title' => 'Doučování', 'theme' => 'education', 'total' => '300000.00', 'op_z' => '255000.00', 'municipal' => '40000.00'],
];
$plan = $ffi->new('incl_document *');
check($ffi, $ffi->incl_document_new(FFI::addr($plan)), 'new');
$set = function (string $pointer, $value) use ($ffi, $plan) {
    $json = json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    check($ffi, $ffi->incl_document_set_json($plan, $pointer, $json), "set $pointer");
};
$set('/currency', 'CZK');
$set('/territories/-', ['id' => 'kutna-hora', 'kind' => 'municipality', 'name' => 'Kutná Hora', 'code' => '533955']);
$set('/organizations/-', ['id' => 'mesto-kh', 'name' => 'Město Kutná Hora', 'kind' => 'municipality', 'ico' => '00236195']);
$set('/plans/-', ['id' => 'spsz-kh', 'kind' => 'strategic_plan', 'title' => 'Strategický plán sociálního začleňování',
                  'territory' => 'kutna-hora', 'period' => ['start' => '2021-01-01', 'end' => '2023-12-31'],
                  'status' => 'approved', 'owner' => 'mesto-kh',
                  'approval' => ['body' => 'Zastupitelstvo města Kutná Hora', 'date' => '2020-12-14', 'resolution' => 'ZM/123/2020']]);
foreach ($rows as $i => $row) {
    $set('/plans/0/goals/-', ['id' => "cil-{$row['id']}", 'title' => $row['title'], 'themes' => [$row['theme']]]);
    $set('/plans/0/measures/-', ['id' => $row['id'], 'code' => $row['code'], 'title' => $row['title'], 'goal' => "cil-{$row['id']}",
                                 'theme' => $row['theme'], 'status' => 'in_progress', 'responsible' => 'mesto-kh',
                                 'budget' => ['total' => $row['total'], 'sources' => [['source' => 'op_z', 'amount' => $row['op_z']]]]]);
    $set("/plans/0/measures/$i/budget/sources/-", ['source' => 'municipal_budget', 'amount' => $row['municipal']]);
}
$set('/indicators/-', ['id' => 'ind-by1', 'name' => 'Počet zabydlených domácností', 'subject' => ['type' => 'measure', 'id' => 'by1'],
                       'kind' => 'output', 'unit' => 'households', 'measure' => 'quantity', 'direction' => 'increase',
                       'aggregation' => 'cumulative', 'baseline' => ['value' => 0, 'date' => '2021-01-01'],
                       'targets' => [['value' => 12, 'date' => '2023-12-31']],
                       'observations' => [['date' => '2022-06-30', 'value' => 5]]]);

$at = $ffi->new('const char *');
$kind = $ffi->new('incl_entity_kind');
check($ffi, $ffi->incl_document_find(FFI::addr($at), FFI::addr($kind), $plan, 'za1'), 'find');
echo 'opatření za1 je na ', FFI::string($at), "\n";

$money = $ffi->new('int64_t');
$currency = $ffi->new('char[4]');
check($ffi, $ffi->incl_document_get_money(FFI::addr($money), $currency, $plan, '/plans/0/measures/0/budget/total'), 'money');
echo 'rozpočet BY1: ', $money->cdata, ' haléřů (', FFI::string($currency), ")\n";

// A path the plan does not have: the status and the step that is missing.
$length = $ffi->new('size_t');
$status = $ffi->incl_document_get_length(FFI::addr($length), $plan, '/plans/0/measures/7/budget/sources');
echo 'chybějící cesta: ', $status === $ffi->INCL_ENOTFOUND ? 'nenalezena u ' . FFI::string($ffi->incl_error_last()->pointer) : 'neočekávaně nalezena', "\n";

foreach (validate_in_czech($ffi, $plan, '2022-12-31') as $f) {
    if ($f['severity'] === $ffi->INCL_SEVERITY_ERROR) echo "chyba {$f['rule']} {$f['pointer']}: {$f['message']} [{$f['entity']}]\n";
}

// 3. Progress of the indicators.
$popts = $ffi->new('incl_progress_options');
check($ffi, $ffi->incl_progress_options_init(FFI::addr($popts), $ffi->INCL_PROGRESS_OPTIONS_VERSION), 'progress options');
$as_of = c_string($ffi, '2022-12-31');
$popts->as_of = $ffi->cast('const char *', $as_of);
$progress = $ffi->new('incl_progress_report *');
check($ffi, $ffi->incl_progress_compute(FFI::addr($progress), $plan, FFI::addr($popts)), 'progress');
$item = $ffi->new('incl_progress');
check($ffi, $ffi->incl_progress_at(FFI::addr($item), $progress, 0), 'progress item');
printf("%s: %s, aktuálně %s z cíle %s\n", FFI::string($item->indicator), $ffi->incl_progress_status_code($item->status),
       $item->current / 1000000, $item->target / 1000000);
$ffi->incl_progress_report_free($progress);

// 4. Save.
check($ffi, $ffi->incl_document_save_file($plan, $out, null), 'save');
echo "uloženo do $out\n";
$ffi->incl_document_free($plan);
