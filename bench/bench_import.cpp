// bench_import: imports a generated directory CSV spread over mail-processing accounts and
// compares it, on the same disk in the same run, with the SQLite engine doing the same work (the
// sqlite3 shell's .import into a staging table, then one INSERT ... SELECT into a copy of Warden's
// users table with its indexes and full-text triggers) and with a plain .import into a bare
// table. Prints rows per second, both ratios, and the peak resident memory (run it at two sizes
// to see that memory stays flat in the file size).
//   scripts/with-test-services.sh build/bench/bench_import [ROWS] [ACCOUNTS]
#include "CoreServices.h"
#include "Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace warden;

namespace {

double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

template<typename R> R require(R result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.refusal().message));
        std::exit(1);
    }
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Logging::initialize(QString(), QStringLiteral("warn"));
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int accounts = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("directory.csv"));

    auto core = require(CoreServices::open(dir.filePath(QStringLiteral("warden.db"))), "open").value().release();
    const Actor system = Actor::system();
    (void)require(
        core->accounts().create(system, QStringLiteral("MASTER"), QStringLiteral("Master"), AccountKind::Master),
        "master");
    const qint64 masterId = core->accounts().find(system, QStringLiteral("MASTER")).value().id;
    for (int a = 0; a < accounts; ++a) {
        const QString code = QStringLiteral("MP%1").arg(a, 2, 10, QLatin1Char('0'));
        const QString domain = QStringLiteral("d%1.example").arg(a);
        auto leaf = require(
            core->accounts().create(system, code, code, AccountKind::MailProcessing, QStringLiteral("MASTER")), "leaf");
        (void)require(core->accounts().addDomain(system, masterId, domain), "domain");
        (void)require(core->accounts().linkDomain(system, domain, leaf.value().id), "link");
    }

    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            return 1;
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
    }
    const double fileMb = double(QFile(csvPath).size()) / (1024.0 * 1024.0);
    // The engine's copy: the same schema, accounts and domains, before anything is imported.
    const QString enginePath = dir.filePath(QStringLiteral("engine.db"));
    {
        QSqlQuery copy(core->database().connection());
        if (!copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(enginePath))) {
            std::fprintf(stderr, "VACUUM INTO: %s\n", qPrintable(copy.lastError().text()));
            return 1;
        }
    }
    const double rssBefore = statusMb("VmRSS:");

    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        return 1;
    }
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

    // Baseline: the sqlite3 shell's .import of the same file into a plain table.
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    QProcess sqlite;
    timer.restart();
    sqlite.start(qEnvironmentVariable("WARDEN_SQLITE3", QStringLiteral("sqlite3")),
                 {plain,
                  QStringLiteral("CREATE TABLE users (emailAddress TEXT, displayName TEXT, upn TEXT, "
                                 "remoteaccountcode TEXT);"),
                  QStringLiteral(".import --csv --skip 1 %1 users").arg(csvPath)});
    sqlite.waitForFinished(-1);
    const double shellSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }

    // The engine doing the same work: staging, then one INSERT ... SELECT into the users table.
    QProcess engine;
    timer.restart();
    engine.start(qEnvironmentVariable("WARDEN_SQLITE3", QStringLiteral("sqlite3")),
                 {enginePath,
                  QStringLiteral(
                      "CREATE TABLE staging (emailAddress TEXT, displayName TEXT, upn TEXT, remoteaccountcode TEXT);"),
                  QStringLiteral(".import --csv --skip 1 %1 staging").arg(csvPath),
                  QStringLiteral(
                      "INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, disabled, "
                      "created_at) SELECT a.id, s.emailAddress, lower(s.emailAddress), s.upn, s.displayName, "
                      "lower(s.displayName), 'import', 0, '' FROM staging s JOIN accounts a ON a.code = "
                      "s.remoteaccountcode ORDER BY s.rowid;")});
    engine.waitForFinished(-1);
    const double engineSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (engine.exitCode() != 0 || !engine.readAllStandardError().isEmpty()) {
        std::fprintf(stderr, "sqlite3 (engine): failed\n");
        return 1;
    }

    std::printf("Rows: %lld across %d mail-processing accounts, file %.1f MB\n", static_cast<long long>(rows), accounts,
                fileMb);
    std::printf("Warden import (checked, staged, FTS-indexed, audited): %.2f s = %.0f rows/s\n", importSeconds,
                double(rows) / importSeconds);
    std::printf("sqlite3 .import into a plain table:                 %.2f s = %.0f rows/s\n", shellSeconds,
                double(rows) / shellSeconds);
    std::printf("SQLite engine, same work (.import to staging + INSERT ... SELECT into the users table, indexes "
                "and FTS): %.2f s = %.0f rows/s\n",
                engineSeconds, double(rows) / engineSeconds);
    std::printf("Engine ratio (Warden / the engine doing the same work): %.2f\n", importSeconds / engineSeconds);
    std::printf("Ratio (Warden / sqlite3 .import into a plain table): %.2f\n", importSeconds / shellSeconds);
    std::printf("Of the import, checking and staging (a dry run alone) takes %.2f s; writing the users, their "
                "indexes and full-text entries the rest\n",
                checkSeconds);
    std::printf("Resident memory: %.0f MB before the import, peak %.0f MB\n", rssBefore, peak);
    delete core;
    return 0;
}
