// bench_load: many consoles at once on one database. Starts CONSOLES processes (this program
// again, each with its own connection, change feed and administrator) for SECONDS seconds over an
// account of USERS directory users: browse roles and members, search, add and remove members, edit
// a shared custom role, file protected-role change requests and approve the others' (each console's
// administrator is a Director-level contact, enrolled with a password and TOTP; one approval per
// console per 30-second code step, as a person could). Prints operations per second, p50/p99 latency per kind, how long
// a change took to reach the other consoles (p50/p99), the errors (intended refusals counted apart), and whether the
// audit log verifies at the end. A benchmark: it prints, it asserts nothing.
//   scripts/with-test-services.sh build/bench/bench_load --db postgresql://… [--consoles 20]
//   [--seconds 60] [--users 1000000]
#include "CoreServices.h"
#include "DemoSeeder.h"
#include "Logging.h"
#include "security/Totp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace warden;

namespace {

const QString kAccount = QStringLiteral("LOAD");
const QString kDomain = QStringLiteral("load.example");
const QString kMembersRole = QStringLiteral("Load Members");
const QString kEditedRole = QStringLiteral("Load Edited");

QString consoleEmail(int index)
{
    return QStringLiteral("console%1@%2").arg(index, 2, 10, QLatin1Char('0')).arg(kDomain);
}

const QString kPassword = QStringLiteral("load-bench-password-1");

/// Each console's TOTP secret, the same in the set-up and in the console's process.
QByteArray consoleSecret(int index)
{
    const QByteArray seed = QByteArray("warden load bench console ").append(QByteArray::number(index));
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha1);
}

QString userEmail(int i)
{
    return DemoSeeder::person(i).second + QLatin1Char('@') + kDomain;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(p * double(values.size() - 1));
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

QString option(QStringList& arguments, const QString& name, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0) {
        return fallback;
    }
    QString value = arguments.value(at + 1);
    arguments.remove(at, 2);
    return value;
}

/// Creates the account, its users, the consoles' administrators and the shared roles once.
int prepare(CoreServices& core, int users, int consoles)
{
    const Actor system = Actor::system();
    auto account = core.accounts().find(system, kAccount);
    if (!account) {
        auto created = core.accounts().create(system, kAccount, QStringLiteral("Load"), AccountKind::Standard);
        if (!created || !core.accounts().addDomain(system, created.value().id, kDomain)) {
            std::fprintf(stderr, "cannot create the account\n");
            return 3;
        }
        QElapsedTimer timer;
        timer.start();
        constexpr int kBatch = 50'000;
        for (int from = 0; from < users; from += kBatch) {
            QList<User> batch;
            for (int i = from; i < std::min(users, from + kBatch); ++i) {
                User user;
                user.email = userEmail(i);
                user.displayName = DemoSeeder::person(i).first;
                user.upn = user.email;
                user.source = QStringLiteral("import");
                batch.append(user);
            }
            if (!core.directory().addUsers(system, created.value().id, batch)) {
                std::fprintf(stderr, "cannot add users\n");
                return 3;
            }
        }
        std::printf("set-up: %d users in %.1f s\n", users, double(timer.elapsed()) / 1000);
        account = created;
    }
    const qint64 accountId = account.value().id;
    QList<User> admins;
    for (int c = 0; c < consoles; ++c) {
        if (!core.directory().find(system, consoleEmail(c))) {
            User user;
            user.email = consoleEmail(c);
            user.displayName = QStringLiteral("Console %1").arg(c);
            user.upn = user.email;
            admins.append(user);
        }
    }
    if (!admins.isEmpty() && !core.directory().addUsers(system, accountId, admins)) {
        return 3;
    }
    auto super = core.roles().roleByName(system, accountId, QStringLiteral("Super Administrator"));
    QStringList emails;
    for (int c = 0; c < consoles; ++c) {
        emails.append(consoleEmail(c));
    }
    if (!super || !core.roles().addMembers(system, super.value().id, emails)) {
        std::fprintf(stderr, "cannot make the consoles' administrators\n");
        return 3;
    }
    // Every console's administrator signs in with a password and TOTP and is a Director-level
    // contact, so it may approve the others' change requests.
    auto contacts = core.contacts().list(system, accountId);
    for (int c = 0; c < consoles && contacts; ++c) {
        const bool known = std::any_of(contacts.value().cbegin(), contacts.value().cend(),
                                       [&](const AccountContact& contact) { return contact.email == consoleEmail(c); });
        if (known) {
            continue;
        }
        AccountContact contact;
        contact.accountId = accountId;
        contact.name = QStringLiteral("Console %1").arg(c);
        contact.title = QStringLiteral("Director of IT");
        contact.email = consoleEmail(c);
        contact.directorOrHigher = true;
        if (!core.auth().enrollLocalPassword(system, consoleEmail(c), kPassword, consoleSecret(c))
            || !core.contacts().save(system, contact)) {
            std::fprintf(stderr, "cannot enroll console %d's administrator\n", c);
            return 3;
        }
    }
    for (const QString& name : {kMembersRole, kEditedRole}) {
        if (!core.roles().roleByName(system, accountId, name)
            && !core.roles().createRole(system, accountId, name, {}, PermissionSet())) {
            return 3;
        }
    }
    return 0;
}

/// One console: runs operations until the deadline, follows the others' changes, prints one
/// JSON object with what it measured.
int runConsole(const QString& location, int index, int seconds, int users)
{
    auto opened = CoreServices::open(location);
    if (!opened) {
        std::fprintf(stderr, "console %d: %s\n", index, qPrintable(opened.refusal().message));
        return 3;
    }
    CoreServices& core = *opened.value();
    const Actor system = Actor::system();
    const auto account = core.accounts().find(system, kAccount);
    const auto me = core.directory().find(system, consoleEmail(index));
    if (!account || !me) {
        return 3;
    }
    const Actor actor {me.value().id, account.value().id, me.value().email, false, QStringLiteral("127.0.0.1")};
    const qint64 accountId = account.value().id;
    const qint64 membersRole = core.roles().roleByName(actor, accountId, kMembersRole).value().id;
    const qint64 editedRole = core.roles().roleByName(actor, accountId, kEditedRole).value().id;
    const qint64 protectedRole =
        core.roles().roleByName(actor, accountId, QStringLiteral("Full Administrator")).value().id;
    const QByteArray secret = consoleSecret(index);
    qint64 lastApprovalStep = 0;

    QHash<QString, QList<double>> latencies;
    QHash<QString, int> errors;
    int intended = 0;
    QList<double> delays;
    QObject::connect(&core.feed(), &ChangeFeed::received, [&delays](const QList<ChangeRecord>& records) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ChangeRecord& record : records) {
            delays.append(double(now - record.at.toMSecsSinceEpoch()));
        }
    });
    if (!core.feed().start(1000)) {
        return 3;
    }
    const QStringList needles = {QStringLiteral("oli"),    QStringLiteral("smi"),    QStringLiteral("zofia.k"),
                                 QStringLiteral("m"),      QStringLiteral("tanaka"), QStringLiteral("kenji.n"),
                                 QStringLiteral("ingrid"), QStringLiteral("léa")};
    auto* random = QRandomGenerator::global();
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer timer;
    const auto timed = [&](const QString& kind, const std::function<Status()>& op) {
        timer.start();
        const Status outcome = op();
        latencies[kind].append(double(timer.nsecsElapsed()) / 1e6);
        if (!outcome) {
            // Refusals the rules intend: a colleague saved the role first, or took the member first.
            if (outcome.refusal().kind == Refusal::Kind::Conflict) {
                ++intended;
            } else {
                errors[kind + QStringLiteral(": ") + outcome.refusal().message] += 1;
            }
        }
        QCoreApplication::processEvents();
    };
    int round = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        const QString user = userEmail(int(random->bounded(users)));
        // Once per code step: approve a colleague's pending request (another console may take it
        // first: an intended refusal). Approving checks the password (Argon2id) and the code.
        if (const qint64 step = Totp::stepAt(QDateTime::currentSecsSinceEpoch()); step != lastApprovalStep) {
            auto pending = core.changeRequests().requests(actor, accountId);
            QList<qint64> theirs;
            for (const ChangeRequest& request : pending ? pending.value() : QList<ChangeRequest>()) {
                if (request.status == ChangeRequestStatus::Pending && request.requestedById != actor.userId) {
                    theirs.append(request.id);
                }
            }
            if (!theirs.isEmpty()) {
                lastApprovalStep = step;
                const qint64 id = theirs.at(qsizetype(random->bounded(int(theirs.size()))));
                timed(QStringLiteral("approve request"), [&] {
                    auto approved =
                        core.changeRequests().approve(actor, id, kPassword, Totp::codeForStep(secret, step));
                    return approved ? Status() : Status(approved.refusal());
                });
            }
        }
        switch (round++ % 7) {
        case 0:
            timed(QStringLiteral("browse roles"), [&] {
                auto roles = core.roles().roles(actor, accountId);
                return roles ? Status() : Status(roles.refusal());
            });
            break;
        case 1:
            timed(QStringLiteral("browse members"), [&] {
                auto page = core.roles().members(actor, membersRole);
                return page ? Status() : Status(page.refusal());
            });
            break;
        case 2:
            timed(QStringLiteral("search"), [&] {
                auto page = core.directory().search(actor, accountId, needles.at(round % needles.size()), 0, 50);
                return page ? Status() : Status(page.refusal());
            });
            break;
        case 3:
            timed(QStringLiteral("add member"), [&] {
                auto added = core.roles().addMembers(actor, membersRole, {user});
                return added ? Status() : Status(added.refusal());
            });
            timed(QStringLiteral("remove member"), [&] { return core.roles().removeMember(actor, membersRole, user); });
            break;
        case 4:
            timed(QStringLiteral("edit role"), [&] {
                auto role = core.roles().role(actor, editedRole);
                if (!role) {
                    return Status(role.refusal());
                }
                auto saved =
                    core.roles().updateRole(actor, editedRole, role.value().name,
                                            QStringLiteral("edited by console %1, round %2").arg(index).arg(round),
                                            role.value().permissions, role.value().version);
                return saved ? Status() : Status(saved.refusal());
            });
            break;
        case 5:
            timed(QStringLiteral("file request"), [&] {
                ChangeRequestDraft draft;
                draft.accountId = accountId;
                draft.kind = ChangeRequestKind::AddMember;
                draft.roleId = protectedRole;
                draft.targetEmail = user;
                draft.justification = QStringLiteral("Load bench: console %1, round %2").arg(index).arg(round);
                auto filed = core.changeRequests().create(actor, draft);
                return filed ? Status() : Status(filed.refusal());
            });
            break;
        default:
            timed(QStringLiteral("audit log"), [&] {
                AuditFilter filter;
                filter.newestFirst = true;
                filter.limit = 100;
                auto entries = core.audit().list(actor, filter);
                return entries ? Status() : Status(entries.refusal());
            });
            break;
        }
    }
    // The last changes of the others still arrive.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 1500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QJsonObject out;
    QJsonObject kinds;
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
        QJsonArray values;
        for (double v : it.value()) {
            values.append(v);
        }
        kinds.insert(it.key(), values);
    }
    QJsonArray delayValues;
    for (double v : std::as_const(delays)) {
        delayValues.append(v);
    }
    QJsonObject errorCounts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        errorCounts.insert(it.key(), it.value());
    }
    out.insert(QStringLiteral("latencies"), kinds);
    out.insert(QStringLiteral("delays"), delayValues);
    out.insert(QStringLiteral("errors"), errorCounts);
    out.insert(QStringLiteral("intended"), intended);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Logging::initialize(QString(), QStringLiteral("error"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTemporaryDir dir;
    const QString location = option(arguments, QStringLiteral("--db"), dir.filePath(QStringLiteral("load.db")));
    const int consoles = option(arguments, QStringLiteral("--consoles"), QStringLiteral("20")).toInt();
    const int seconds = option(arguments, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int users = option(arguments, QStringLiteral("--users"), QStringLiteral("1000000")).toInt();
    const QString child = option(arguments, QStringLiteral("--console"), QString());
    if (!child.isEmpty()) {
        return runConsole(location, child.toInt(), seconds, users);
    }

    {
        auto opened = CoreServices::open(location);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.refusal().message));
            return 3;
        }
        if (const int prepared = prepare(*opened.value(), users, consoles); prepared != 0) {
            return prepared;
        }
    }
    std::printf(
        "%d consoles for %d s on %s, %d directory users\n", consoles, seconds,
        qPrintable(Database::isPostgresLocation(location) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")),
        users);
    std::fflush(stdout);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int c = 0; c < consoles; ++c) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--db"), location, QStringLiteral("--console"), QString::number(c),
                        QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--users"),
                        QString::number(users)});
        processes.push_back(std::move(process));
    }
    QHash<QString, QList<double>> latencies;
    QList<double> delays;
    QHash<QString, int> errors;
    int intended = 0;
    int finished = 0;
    for (auto& process : processes) {
        process->waitForFinished((seconds + 120) * 1000);
        const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput().trimmed()).object();
        if (result.isEmpty()) {
            errors[QStringLiteral("a console ended without a report")] += 1;
            continue;
        }
        ++finished;
        const QJsonObject kinds = result.value(QStringLiteral("latencies")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            for (const auto& v : it.value().toArray()) {
                latencies[it.key()].append(v.toDouble());
            }
        }
        for (const auto& v : result.value(QStringLiteral("delays")).toArray()) {
            delays.append(v.toDouble());
        }
        const QJsonObject counts = result.value(QStringLiteral("errors")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            errors[it.key()] += it.value().toInt();
        }
        intended += result.value(QStringLiteral("intended")).toInt();
    }
    qint64 operations = 0;
    for (const auto& values : std::as_const(latencies)) {
        operations += values.size();
    }
    std::printf("%d of %d consoles reported; %lld operations, %.0f per second\n", finished, consoles,
                static_cast<long long>(operations), double(operations) / seconds);
    QStringList kinds = latencies.keys();
    kinds.sort();
    for (const QString& kind : std::as_const(kinds)) {
        const QList<double>& values = latencies.value(kind);
        std::printf("  %-16s %7lld ops   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms\n", qPrintable(kind),
                    static_cast<long long>(values.size()), percentile(values, 0.5), percentile(values, 0.99),
                    values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend()));
    }
    std::printf("change reached the other consoles: %lld deliveries, p50 %.0f ms, p99 %.0f ms\n",
                static_cast<long long>(delays.size()), percentile(delays, 0.5), percentile(delays, 0.99));
    std::printf("intended refusals (changed by a colleague first): %d\n", intended);
    int errorCount = 0;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        std::printf("  error x%d: %s\n", it.value(), qPrintable(it.key()));
        errorCount += it.value();
    }
    std::printf("errors: %d\n", errorCount);
    auto opened = CoreServices::open(location);
    if (!opened) {
        return 3;
    }
    auto verified = opened.value()->audit().verify();
    std::printf("audit verify: %s (%lld entries)\n",
                verified && verified.value().intact
                    ? "intact"
                    : qPrintable(verified ? verified.value().problem : verified.refusal().message),
                verified ? static_cast<long long>(verified.value().entriesChecked) : 0LL);
    return 0;
}
