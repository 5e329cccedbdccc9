// bench_import: imports a generated directory CSV spread over mail-processing accounts and
// compares it, on the same disk in the same run, with the engine doing the same work (its bulk
// load into a staging table, then one INSERT ... SELECT into a copy of Warden's users table with
// its indexes) and with a plain bulk load into a bare table. Prints rows per second, both ratios,
// and the peak resident memory (run it at two sizes to see that memory stays flat in the file
// size).
//   SQLite (temporary folder): the sqlite3 shell's .import; the users table's FTS5 triggers too.
//   PostgreSQL (--db postgresql://user@host:port/any-database): creates the databases
//   warden_bench_import and warden_bench_engine on that server (dropping earlier ones), and
//   compares with psql's \copy; the users table's pg_trgm index too.
//   scripts/with-test-services.sh build/bench/bench_import [ROWS] [ACCOUNTS] [--db URL]
#include "CoreServices.h"
#include "Logging.h"
#include "ProcessMemory.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>

using namespace warden;
using warden::bench::statusMb;

namespace {

/// Runs a program to its end; its run time in seconds, or a negative number when it failed.
double timedRun(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program), errors.constData());
        return -1;
    }
    return seconds;
}

/// The URL of another database on the same server.
QString databaseUrl(const QString& serverUrl, const QString& database)
{
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

template<typename R> R require(R result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.refusal().message));
        std::exit(1);
    }
    return result;
}

/// The accounts a generated file names: a master account with `accounts` mail-processing accounts,
/// each with its own domain.
void createAccounts(CoreServices& core, int accounts)
{
    const Actor system = Actor::system();
    (void)require(
        core.accounts().create(system, QStringLiteral("MASTER"), QStringLiteral("Master"), AccountKind::Master),
        "master");
    const qint64 masterId = core.accounts().find(system, QStringLiteral("MASTER")).value().id;
    for (int a = 0; a < accounts; ++a) {
        const QString code = QStringLiteral("MP%1").arg(a, 2, 10, QLatin1Char('0'));
        const QString domain = QStringLiteral("d%1.example").arg(a);
        auto leaf = require(
            core.accounts().create(system, code, code, AccountKind::MailProcessing, QStringLiteral("MASTER")), "leaf");
        (void)require(core.accounts().addDomain(system, masterId, domain), "domain");
        (void)require(core.accounts().linkDomain(system, domain, leaf.value().id), "link");
    }
}

bool writeCsv(const QString& path, qint64 rows, int accounts)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly)) {
        return false;
    }
    csv.write("emailAddress,displayName,upn,remoteaccountcode\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        const int a = int(i % accounts);
        line = "person" + QByteArray::number(i) + "@d" + QByteArray::number(a) + ".example,\"Person, Number "
            + QByteArray::number(i) + "\",p" + QByteArray::number(i) + "@corp.example,MP"
            + QByteArray::number(a).rightJustified(2, '0') + "\n";
        csv.write(line);
    }
    return true;
}

const char* const kEngineInsert =
    "INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, disabled, created_at) "
    "SELECT a.id, s.emailAddress, lower(s.emailAddress), s.upn, s.displayName, lower(s.displayName), 'import', 0, '' "
    "FROM staging s JOIN accounts a ON a.code = s.remoteaccountcode";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Logging::initialize(QString(), qEnvironmentVariable("WARDEN_LOG_LEVEL", QStringLiteral("warn")));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString server;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--db")); at >= 0) {
        server = arguments.value(at + 1);
        arguments.remove(at, 2);
    }
    const bool postgres = !server.isEmpty();
    const qint64 rows = !arguments.isEmpty() ? arguments.at(0).toLongLong() : 1'000'000;
    const int accounts = arguments.size() > 1 ? arguments.at(1).toInt() : 50;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("directory.csv"));
    const QString sqlite3 = qEnvironmentVariable("WARDEN_SQLITE3", QStringLiteral("sqlite3"));
    const QString psql = qEnvironmentVariable("WARDEN_PSQL", QStringLiteral("psql"));

    // Warden's database and the engine's copy: the same schema, accounts and domains.
    QString location = dir.filePath(QStringLiteral("warden.db"));
    QString engineLocation = dir.filePath(QStringLiteral("engine.db"));
    if (postgres) {
        location = databaseUrl(server, QStringLiteral("warden_bench_import"));
        engineLocation = databaseUrl(server, QStringLiteral("warden_bench_engine"));
        for (const QString& name : {QStringLiteral("warden_bench_import"), QStringLiteral("warden_bench_engine")}) {
            if (timedRun(psql,
                         {QStringLiteral("--quiet"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), server,
                          QStringLiteral("-c"), QStringLiteral("SET client_min_messages = warning"),
                          QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                          QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)})
                < 0) {
                return 1;
            }
        }
        auto engine = require(CoreServices::open(engineLocation), "open the engine's database");
        createAccounts(*engine.value(), accounts);
    }
    auto core = require(CoreServices::open(location), "open").value().release();
    createAccounts(*core, accounts);
    if (!postgres) {
        QSqlQuery copy(core->database().connection());
        if (!copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(engineLocation))) {
            std::fprintf(stderr, "VACUUM INTO: %s\n", qPrintable(copy.lastError().text()));
            return 1;
        }
    }
    if (!writeCsv(csvPath, rows, accounts)) {
        return 1;
    }
    const double fileMb = double(QFile(csvPath).size()) / (1024.0 * 1024.0);
    const double rssBefore = statusMb("VmRSS:");

    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const Actor system = Actor::system();
    ImportOptions options;
    options.defaultAccountCode = QStringLiteral("MASTER");
    QElapsedTimer timer;
    // The check alone: a dry run streams, checks and stages every row, then rolls back.
    options.dryRun = true;
    timer.start();
    (void)require(core->importer().importCsv(system, csv, options), "dry run");
    const double checkSeconds = double(timer.nsecsElapsed()) / 1e9;
    options.dryRun = false;
    csv.seek(0);
    timer.restart();
    auto report = require(core->importer().importCsv(system, csv, options), "import");
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.value().applied || report.value().created != rows) {
        std::fprintf(stderr, "import did not apply: %s\n", qPrintable(report.value().notAppliedBecause));
        return 1;
    }
    const double peak = statusMb("VmHWM:");

    double plainSeconds = 0;
    double engineSeconds = 0;
    const QString staging =
        QStringLiteral("CREATE TABLE staging (emailAddress TEXT, displayName TEXT, upn TEXT, remoteaccountcode TEXT);");
    if (postgres) {
        // psql's \copy streams the file through COPY ... FROM STDIN, as Warden does; one
        // transaction each (-1), as Warden's import is.
        const QString copy = QStringLiteral("\\copy staging FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csvPath);
        plainSeconds =
            timedRun(psql,
                     {QStringLiteral("--quiet"), QStringLiteral("-1"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), location, QStringLiteral("-c"), staging, QStringLiteral("-c"),
                      copy, QStringLiteral("-c"), QStringLiteral("DROP TABLE staging")});
        engineSeconds =
            timedRun(psql,
                     {QStringLiteral("--quiet"), QStringLiteral("-1"), QStringLiteral("-v"),
                      QStringLiteral("ON_ERROR_STOP=1"), engineLocation, QStringLiteral("-c"),
                      QString(staging).replace(QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE TEMP TABLE")),
                      QStringLiteral("-c"), copy, QStringLiteral("-c"), QString::fromLatin1(kEngineInsert)});
    } else {
        const QString import = QStringLiteral(".import --csv --skip 1 %1 staging").arg(csvPath);
        plainSeconds = timedRun(sqlite3, {dir.filePath(QStringLiteral("plain.db")), staging, import});
        engineSeconds = timedRun(sqlite3,
                                 {engineLocation, staging, import,
                                  QString::fromLatin1(kEngineInsert) + QStringLiteral(" ORDER BY s.rowid;")});
    }
    if (plainSeconds < 0 || engineSeconds < 0) {
        return 1;
    }

    const char* const engineName = postgres ? "PostgreSQL" : "SQLite";
    std::printf("Rows: %lld across %d mail-processing accounts, file %.1f MB, %s\n", static_cast<long long>(rows),
                accounts, fileMb, postgres ? "PostgreSQL (pg_trgm)" : "SQLite WAL (FTS5)");
    std::printf("Warden import (checked, staged, indexed, audited): %.2f s = %.0f rows/s\n", importSeconds,
                double(rows) / importSeconds);
    std::printf("%s bulk load into a plain table (%s):   %.2f s = %.0f rows/s\n", engineName,
                postgres ? "psql \\copy" : "sqlite3 .import", plainSeconds, double(rows) / plainSeconds);
    std::printf("%s engine, same work (bulk load to staging + INSERT ... SELECT into the users table with its "
                "indexes): %.2f s = %.0f rows/s\n",
                engineName, engineSeconds, double(rows) / engineSeconds);
    std::printf("Engine ratio (Warden / the engine doing the same work): %.2f\n", importSeconds / engineSeconds);
    std::printf("Ratio (Warden / bulk load into a plain table): %.2f\n", importSeconds / plainSeconds);
    std::printf("Of the import, checking and staging (a dry run alone) takes %.2f s; writing the users and their "
                "indexes the rest\n",
                checkSeconds);
    std::printf("Resident memory: %.0f MB before the import, peak %.0f MB\n", rssBefore, peak);
    delete core;
    return 0;
}
