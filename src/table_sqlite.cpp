// A document as an SQLite database for BI tools (Metabase, Power BI, LibreOffice Base): a table per
// description, its key declared (the id, or the parent's id and the position) and its references as
// foreign keys. Amounts are REAL in major units (BI tools sum and chart them; the JSON stays the exact
// record), dates ISO text in DATE columns, numbers REAL, an indicator value NUMERIC (a number, or the
// text of an ordinal label).

#include "derived_tables.hpp"
#include "table_formats.hpp"

#include <sqlite3.h>

#include <memory>
#include <string>
#include <system_error>

namespace inclusio::detail {

namespace {

std::string sql_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string_view sql_type(ColumnType type) {
  switch (type) {
    case ColumnType::integer:
    case ColumnType::position: return "INTEGER";
    case ColumnType::boolean: return "BOOLEAN";
    case ColumnType::number:
    case ColumnType::money: return "REAL";
    case ColumnType::value: return "NUMERIC";
    case ColumnType::date: return "DATE";
    default: return "TEXT";
  }
}

class Database {
 public:
  explicit Database(const std::filesystem::path& path) : path_(path) {
    if (sqlite3_open_v2(path.string().c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
      fail("cannot be opened");
  }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() { sqlite3_close(db_); }

  void exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "";
      sqlite3_free(message);
      fail(why);
    }
  }
  sqlite3* get() const { return db_; }
  [[noreturn]] void fail(const std::string& why) const {
    std::string detail = why.empty() && db_ ? sqlite3_errmsg(db_) : why;
    throw Error(ErrorCode::io, path_.string() + ": the database cannot be written: " + detail,
                path_.string() + ": databázi nelze zapsat: " + detail);
  }

 private:
  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
};

class SqliteTableWriter final : public TableWriter {
 public:
  explicit SqliteTableWriter(Database& db) : db_(db) {}
  ~SqliteTableWriter() override { sqlite3_finalize(insert_); }

  void begin(const TableInfo& table, std::span<const ColumnInfo> columns) override {
    table_ = &table;
    std::string sql = "CREATE TABLE " + sql_name(table.name) + " (";
    std::string key, foreign, names, marks;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const ColumnInfo& c = columns[i];
      sql += (i ? ", " : "") + sql_name(c.name) + " " + std::string(sql_type(c.type));
      names += (i ? ", " : "") + sql_name(c.name);
      marks += i ? ", ?" : "?";
      if (c.type == ColumnType::id) key = sql_name(c.name);
      // A row without an id is its parent's and its position's.
      if (c.type == ColumnType::position) key = sql_name(columns[0].name) + ", " + sql_name(c.name);
      if (c.type == ColumnType::reference && !c.references.empty())
        foreign += ", FOREIGN KEY (" + sql_name(c.name) + ") REFERENCES " + sql_name(c.references) + " (\"id\")";
    }
    if (table.name == "project_measures") key = "\"project\", \"measure\"";
    if (!key.empty()) sql += ", PRIMARY KEY (" + key + ")";
    sql += foreign + ")";
    db_.exec(sql);
    sqlite3_finalize(insert_);
    insert_ = nullptr;
    std::string insert = "INSERT INTO " + sql_name(table.name) + " (" + names + ") VALUES (" + marks + ")";
    if (sqlite3_prepare_v2(db_.get(), insert.c_str(), -1, &insert_, nullptr) != SQLITE_OK) db_.fail("");
  }

  void row(std::span<const Cell> cells) override {
    sqlite3_reset(insert_);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const Cell& c = cells[i];
      int at = static_cast<int>(i) + 1;
      switch (c.kind) {
        case Cell::Kind::absent: sqlite3_bind_null(insert_, at); break;
        case Cell::Kind::integer:
        case Cell::Kind::boolean: sqlite3_bind_int64(insert_, at, c.integer); break;
        case Cell::Kind::number:
        case Cell::Kind::money: sqlite3_bind_double(insert_, at, c.number); break;
        default: {
          std::string text = cell_text(c);
          sqlite3_bind_text(insert_, at, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
      }
    }
    int rc = sqlite3_step(insert_);
    if (rc == SQLITE_CONSTRAINT)
      db_.fail("two rows of " + std::string(table_->name) + " have the same key (an id given twice, which validation reports)");
    if (rc != SQLITE_DONE) db_.fail("");
  }

 private:
  Database& db_;
  const TableInfo* table_ = nullptr;
  sqlite3_stmt* insert_ = nullptr;
};

}  // namespace

void export_sqlite(const Document& document, const std::filesystem::path& path, const ExportOptions& options) {
  std::filesystem::path staging = path;
  staging += ".inclusio-tmp";
  std::error_code ec;
  std::filesystem::remove(staging, ec);
  try {
    Database db(staging);
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
    for_each_export_table(document, options, [&](const TableInfo&, const auto& write) {
      SqliteTableWriter out(db);
      write(out);
    });
    db.exec("COMMIT");
  } catch (...) {
    std::filesystem::remove(staging, ec);
    throw;
  }
  std::filesystem::rename(staging, path, ec);
  if (ec) {
    std::filesystem::remove(staging, ec);
    throw Error(ErrorCode::io, path.string() + ": cannot be replaced", path.string() + ": soubor nelze nahradit");
  }
}

}  // namespace inclusio::detail
