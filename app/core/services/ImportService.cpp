#include "ImportService.h"

#include "../ChangeNotifier.h"
#include "../Logging.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../import/CsvReader.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <array>
#include <optional>

namespace warden {

namespace {

enum Column { EmailColumn, DisplayNameColumn, UpnColumn, AccountColumn, MigrationColumn, RoleColumn, ColumnCount };

struct RoleChoice
{
    qint64 id = 0;
    QString name;
    Status allowed;
};

/// What the import knows about one target account, looked up once per file.
struct TargetAccount
{
    qint64 id = 0;
    QString code;
    Status importAllowed;
    QSet<QString> domains;
    QHash<QString, RoleChoice> roles; ///< by lower-case role name
};

const char* const kStagingTable = R"SQL(CREATE TEMP TABLE IF NOT EXISTS import_staging (
  email_key TEXT PRIMARY KEY, line BIGINT NOT NULL, email TEXT NOT NULL, display_name TEXT, name_key TEXT,
  upn TEXT, account_id BIGINT NOT NULL, action TEXT NOT NULL, user_id BIGINT, role_id BIGINT))SQL";

std::optional<bool> parseFlag(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("false") || value == QLatin1String("no")
        || value == QLatin1String("0")) {
        return false;
    }
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1")) {
        return true;
    }
    return std::nullopt;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

qint64 ImportReport::rolesLost() const
{
    qint64 count = 0;
    for (const ImportAddressChange& change : addressChanges) {
        count += change.rolesLost.size();
    }
    return count;
}

const QStringList& ImportService::knownColumns()
{
    static const QStringList columns {
        QStringLiteral("emailAddress"),      QStringLiteral("displayName"),           QStringLiteral("upn"),
        QStringLiteral("remoteaccountcode"), QStringLiteral("allowAddressMigration"), QStringLiteral("role")};
    return columns;
}

const QStringList& ImportService::importableRoles()
{
    static const QStringList roles {QStringLiteral("Basic Administrator"), QStringLiteral("Help Desk Administrator"),
                                    QStringLiteral("Gateway Administrator")};
    return roles;
}

ImportService::ImportService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
{ }

Result<ImportReport> ImportService::importCsv(const Actor& actor, QIODevice& file, const ImportOptions& options,
                                              const Progress& progress)
{
    QElapsedTimer phase;
    phase.start();
    CsvReader reader(file);
    QStringList fields;
    auto header = reader.next(fields);
    if (!header) {
        return header.refusal();
    }
    if (!header.value()) {
        return Refusal {Refusal::Kind::BadInput, tr("The file is empty; a directory CSV starts with a header row.")};
    }
    std::array<int, ColumnCount> columnOf {};
    columnOf.fill(-1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed();
        qsizetype index = -1; // column names match in any letter case
        for (qsizetype k = 0; k < knownColumns().size() && index < 0; ++k) {
            if (knownColumns().at(k).compare(name, Qt::CaseInsensitive) == 0) {
                index = k;
            }
        }
        if (index < 0 && name.contains(QLatin1Char('@'))) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1 holds data (\"%2\") where the header row belongs; the first row must name "
                               "the columns: %3.")
                                .arg(reader.recordLine())
                                .arg(name, knownColumns().join(QStringLiteral(", ")))};
        }
        if (index < 0) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1: unknown column \"%2\". The columns are: %3.")
                                .arg(reader.recordLine())
                                .arg(name, knownColumns().join(QStringLiteral(", ")))};
        }
        if (columnOf.at(index) >= 0) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1: the column \"%2\" appears twice.").arg(reader.recordLine()).arg(name)};
        }
        columnOf.at(index) = int(i);
    }
    if (columnOf.at(EmailColumn) < 0) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Line %1: the header has no emailAddress column, so this is either not a directory "
                           "file or its header row is missing.")
                            .arg(reader.recordLine())};
    }
    const qsizetype columnCount = fields.size();

    DirectoryStore directory(m_database);
    std::optional<Account> defaultAccount;
    if (!options.defaultAccountCode.isEmpty()) {
        auto found = AccountStore(m_database).accountByCode(options.defaultAccountCode);
        if (!found) {
            return found.refusal();
        }
        defaultAccount = found.value();
    }
    if (columnOf.at(AccountColumn) < 0) {
        if (!defaultAccount) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Choose the account to import into, or add a remoteaccountcode column.")};
        }
        if (defaultAccount->kind == AccountKind::Master || defaultAccount->kind == AccountKind::Group) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("%1 is a master account: the file needs a remoteaccountcode column naming each row's "
                               "account.")
                                .arg(defaultAccount->code)};
        }
    }

    ImportReport report;
    auto addError = [&report](qint64 line, const QString& message) {
        ++report.errorCount;
        if (report.errors.size() < ImportReport::kMaxListedErrors) {
            report.errors.append({line, message});
        }
    };

    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery ddl(m_database.connection());
    if (auto done = execStatement(ddl, QString::fromLatin1(kStagingTable), "preparing the import"); !done) {
        return done.refusal();
    }
    if (auto done = execStatement(
            ddl, QStringLiteral("CREATE INDEX IF NOT EXISTS import_staging_user ON import_staging(user_id)"),
            "preparing the import");
        !done) {
        return done.refusal();
    }
    if (auto done = execStatement(ddl, QStringLiteral("DELETE FROM import_staging"), "preparing the import"); !done) {
        return done.refusal();
    }

    QSqlQuery findUser(m_database.connection());
    findUser.prepare(QStringLiteral("SELECT u.id, u.account_id, u.email, a.code FROM users u JOIN accounts a ON a.id "
                                    "= u.account_id WHERE u.email_key = ?"));
    QSqlQuery findByUpn(m_database.connection());
    findByUpn.prepare(QStringLiteral("SELECT id, email FROM users WHERE account_id = ? AND upn = ?"));
    QSqlQuery rolesOf(m_database.connection());
    rolesOf.prepare(
        QStringLiteral("SELECT r.name, a.code, r.id FROM role_members m JOIN roles r ON r.id = m.role_id JOIN "
                       "accounts a ON a.id = r.account_id WHERE m.user_id = ? ORDER BY a.code, r.name"));
    QSqlQuery stagedUser(m_database.connection());
    stagedUser.prepare(QStringLiteral("SELECT line FROM import_staging WHERE user_id = ?"));
    QSqlQuery stagedEmail(m_database.connection());
    stagedEmail.prepare(QStringLiteral("SELECT line FROM import_staging WHERE email_key = ?"));
    QSqlQuery stage(m_database.connection());
    stage.prepare(QStringLiteral("INSERT INTO import_staging (email_key, line, email, display_name, name_key, upn, "
                                 "account_id, action, user_id, role_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (email_key) DO NOTHING"));

    QHash<QString, TargetAccount> accounts; // by lower-case code
    auto target = [&](const QString& code) -> Result<TargetAccount*> {
        const QString key = code.toLower();
        if (auto it = accounts.find(key); it != accounts.end()) {
            return &it.value();
        }
        auto account = AccountStore(m_database).accountByCode(code);
        if (!account) {
            if (account.refusal().kind != Refusal::Kind::NotFound) {
                return account.refusal();
            }
            return static_cast<TargetAccount*>(nullptr);
        }
        TargetAccount entry;
        entry.id = account.value().id;
        entry.code = account.value().code;
        entry.importAllowed = account.value().kind == AccountKind::Group
            ? Status(Refusal {
                Refusal::Kind::BadInput,
                tr("%1 is a group; users belong to master, standard or mail-processing accounts.").arg(entry.code)})
            : m_authorizer.check(actor, Action::ImportDirectory, entry.id);
        auto domains = AccountStore(m_database).domains(entry.id);
        if (!domains) {
            return domains.refusal();
        }
        for (const QString& domain : domains.value()) {
            entry.domains.insert(domain);
        }
        return &accounts.insert(key, entry).value();
    };
    auto roleIn = [&](TargetAccount& account, const QString& name) -> Result<RoleChoice> {
        const QString key = name.toLower();
        if (auto it = account.roles.constFind(key); it != account.roles.cend()) {
            return it.value();
        }
        auto role = RoleStore(m_database).roleByName(account.id, name);
        if (!role) {
            return role.refusal();
        }
        RoleChoice choice {role.value().id, role.value().name,
                           m_authorizer.check(actor, Action::AddRoleMember, account.id, &role.value())};
        account.roles.insert(key, choice);
        return choice;
    };
    // The roles an address change or move would remove, and whether the importer may remove each
    // (protected roles, such as Super Administrator, change only through a change request).
    struct LostRoles
    {
        QStringList names;
        QString refusal;
    };
    QHash<qint64, QString> removalRefusals; // by role id; empty when allowed
    auto lostRoles = [&](qint64 userId) -> Result<LostRoles> {
        rolesOf.addBindValue(userId);
        if (auto done = exec(rolesOf, "reading roles"); !done) {
            return done.refusal();
        }
        LostRoles lost;
        QList<qint64> roleIds;
        while (rolesOf.next()) {
            lost.names.append(QStringLiteral("%1 (%2)").arg(rolesOf.value(0).toString(), rolesOf.value(1).toString()));
            roleIds.append(rolesOf.value(2).toLongLong());
        }
        rolesOf.finish();
        for (const qint64 roleId : roleIds) {
            if (!removalRefusals.contains(roleId)) {
                auto role = RoleStore(m_database).role(roleId);
                if (!role) {
                    return role.refusal();
                }
                const Status allowed =
                    m_authorizer.check(actor, Action::RemoveRoleMember, role.value().accountId, &role.value());
                removalRefusals.insert(roleId, allowed ? QString() : allowed.refusal().message);
            }
            if (lost.refusal.isEmpty()) {
                lost.refusal = removalRefusals.value(roleId);
            }
        }
        return lost;
    };
    auto field = [&](Column column) {
        const int index = columnOf.at(column);
        return index < 0 ? QString() : fields.at(index).trimmed();
    };
    const qint64 totalBytes = file.isSequential() ? 0 : file.size();

    while (true) {
        auto more = reader.next(fields);
        if (!more) {
            return more.refusal();
        }
        if (!more.value()) {
            break;
        }
        const qint64 line = reader.recordLine();
        ++report.rows;
        if (progress && report.rows % 4096 == 0 && !progress(reader.bytesRead(), totalBytes)) {
            return Refusal {Refusal::Kind::BadInput, tr("Import cancelled; nothing was changed.")};
        }
        if (fields.size() != columnCount) {
            addError(line, tr("%1 fields, but the header has %2.").arg(fields.size()).arg(columnCount));
            continue;
        }
        const QString email = field(EmailColumn);
        if (email.isEmpty()) {
            addError(line, tr("emailAddress is empty."));
            continue;
        }
        if (const QString problem = UserFields::problem(email, field(DisplayNameColumn).simplified(), field(UpnColumn));
            !problem.isEmpty()) {
            addError(line, problem);
            continue;
        }
        QString code = field(AccountColumn);
        if (code.isEmpty()) {
            if (!defaultAccount || columnOf.at(AccountColumn) >= 0) {
                addError(line, tr("remoteaccountcode is empty; every row names its account."));
                continue;
            }
            code = defaultAccount->code;
        }
        auto account = target(code);
        if (!account) {
            return account.refusal();
        }
        if (account.value() == nullptr) {
            addError(line, tr("unknown account code \"%1\".").arg(code));
            continue;
        }
        TargetAccount& into = *account.value();
        if (!into.importAllowed) {
            addError(line, into.importAllowed.refusal().message);
            continue;
        }
        if (!into.domains.contains(EmailAddress::domainOf(email).toLower())) {
            addError(line, tr("%1 is not in one of %2's internal domains.").arg(email, into.code));
            continue;
        }
        const auto allowMigration = parseFlag(field(MigrationColumn));
        if (!allowMigration) {
            addError(line, tr("allowAddressMigration must be true or false, not \"%1\".").arg(field(MigrationColumn)));
            continue;
        }
        QVariant roleId(QMetaType::fromType<qlonglong>());
        if (const QString roleName = field(RoleColumn); !roleName.isEmpty()) {
            const auto allowedRole =
                std::find_if(importableRoles().cbegin(), importableRoles().cend(),
                             [&](const QString& r) { return r.compare(roleName, Qt::CaseInsensitive) == 0; });
            if (allowedRole == importableRoles().cend()) {
                addError(line,
                         tr("role \"%1\" cannot be given by import; use one of: %2.")
                             .arg(roleName, importableRoles().join(QStringLiteral(", "))));
                continue;
            }
            auto role = roleIn(into, *allowedRole);
            if (!role) {
                addError(line, role.refusal().message);
                continue;
            }
            if (!role.value().allowed) {
                addError(line, role.value().allowed.refusal().message);
                continue;
            }
            roleId = role.value().id;
        }

        QString action = QStringLiteral("create");
        QVariant userId(QMetaType::fromType<qlonglong>());
        findUser.addBindValue(DirectoryStore::emailKey(email));
        if (auto done = exec(findUser, "reading the directory"); !done) {
            return done.refusal();
        }
        if (findUser.next()) {
            userId = findUser.value(0).toLongLong();
            const qint64 ownerId = findUser.value(1).toLongLong();
            const QString ownerCode = findUser.value(3).toString();
            findUser.finish();
            if (ownerId == into.id) {
                action = QStringLiteral("update");
            } else if (!*allowMigration) {
                addError(line,
                         tr("%1 already belongs to account %2; set allowAddressMigration to true to move it.")
                             .arg(email, ownerCode));
                continue;
            } else {
                action = QStringLiteral("move");
                auto lost = lostRoles(userId.toLongLong());
                if (!lost) {
                    return lost.refusal();
                }
                if (!lost.value().refusal.isEmpty()) {
                    addError(line, tr("moving %1 would remove its admin roles: %2").arg(email, lost.value().refusal));
                    continue;
                }
                report.addressChanges.append({line, email, email, ownerCode, into.code, lost.value().names});
            }
        } else {
            findUser.finish();
            if (const QString upn = field(UpnColumn); !upn.isEmpty()) {
                findByUpn.addBindValue(into.id);
                findByUpn.addBindValue(upn);
                if (auto done = exec(findByUpn, "reading the directory"); !done) {
                    return done.refusal();
                }
                if (findByUpn.next()) {
                    // Same person (UPN), new primary SMTP address.
                    userId = findByUpn.value(0).toLongLong();
                    const QString oldEmail = findByUpn.value(1).toString();
                    action = QStringLiteral("rename");
                    auto lost = lostRoles(userId.toLongLong());
                    if (!lost) {
                        return lost.refusal();
                    }
                    if (!lost.value().refusal.isEmpty()) {
                        addError(line,
                                 tr("changing %1 to %2 would remove its admin roles: %3")
                                     .arg(oldEmail, email, lost.value().refusal));
                        continue;
                    }
                    report.addressChanges.append({line, oldEmail, email, into.code, into.code, lost.value().names});
                }
                findByUpn.finish();
            }
        }
        if (!userId.isNull()) {
            stagedUser.addBindValue(userId);
            if (auto done = exec(stagedUser, "checking the file"); !done) {
                return done.refusal();
            }
            if (stagedUser.next()) {
                addError(line, tr("changes the same user as line %1.").arg(stagedUser.value(0).toLongLong()));
                stagedUser.finish();
                if (action != QLatin1String("update") && !report.addressChanges.isEmpty()) {
                    report.addressChanges.removeLast();
                }
                continue;
            }
            stagedUser.finish();
        }
        const QString displayName = field(DisplayNameColumn).simplified();
        stage.addBindValue(DirectoryStore::emailKey(email));
        stage.addBindValue(line);
        stage.addBindValue(email);
        stage.addBindValue(textOrNull(displayName));
        stage.addBindValue(textOrNull(displayName.isEmpty() ? QString() : DirectoryStore::nameKey(displayName)));
        stage.addBindValue(textOrNull(field(UpnColumn)));
        stage.addBindValue(into.id);
        stage.addBindValue(action);
        stage.addBindValue(userId);
        stage.addBindValue(roleId);
        if (auto done = exec(stage, "checking the file"); !done) {
            return done.refusal();
        }
        if (stage.numRowsAffected() == 0) {
            stagedEmail.addBindValue(DirectoryStore::emailKey(email));
            qint64 first = 0;
            if (exec(stagedEmail, "checking the file") && stagedEmail.next()) {
                first = stagedEmail.value(0).toLongLong();
            }
            stagedEmail.finish();
            addError(line, tr("%1 appears again; it is first on line %2.").arg(email).arg(first));
            if (action != QLatin1String("create") && action != QLatin1String("update")) {
                report.addressChanges.removeLast();
            }
            continue;
        }
        if (action == QLatin1String("create")) {
            ++report.created;
        } else if (action == QLatin1String("update")) {
            ++report.updated;
        } else if (action == QLatin1String("move")) {
            ++report.moved;
        } else {
            ++report.renamed;
        }
        if (!roleId.isNull()) {
            ++report.roleAssignments;
        }
    }
    if (report.rows == 0) {
        return Refusal {Refusal::Kind::BadInput, tr("The file has a header but no rows.")};
    }
    if (progress && !progress(reader.bytesRead(), totalBytes)) {
        return Refusal {Refusal::Kind::BadInput, tr("Import cancelled; nothing was changed.")};
    }
    if (report.errorCount > 0) {
        report.notAppliedBecause = tr("%n row(s) were rejected; nothing was imported.", nullptr,
                                      int(std::min<qint64>(report.errorCount, INT_MAX)));
        return report; // the transaction rolls back
    }
    if (report.rolesLost() > 0 && !options.confirmAddressChanges) {
        report.notAppliedBecause = tr("%n admin role(s) would be removed by address changes; review them and "
                                      "confirm to import.",
                                      nullptr, int(report.rolesLost()));
        return report;
    }
    if (options.dryRun) {
        report.notAppliedBecause = tr("Checked only; nothing was changed.");
        return report;
    }

    const qint64 checkMs = phase.restart();
    const QString now = DirectoryStore::now();
    const QStringList applySteps {
        QStringLiteral("DELETE FROM role_members WHERE user_id IN (SELECT user_id FROM import_staging WHERE action "
                       "IN ('move', 'rename'))"),
        QStringLiteral("UPDATE users SET account_id = s.account_id, source = 'import', display_name = "
                       "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                       "users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s WHERE users.id = "
                       "s.user_id AND s.action = 'move'"),
        QStringLiteral("UPDATE users SET email = s.email, email_key = s.email_key, source = 'import', display_name = "
                       "COALESCE(s.display_name, users.display_name), name_key = COALESCE(s.name_key, "
                       "users.name_key) FROM import_staging s WHERE users.id = s.user_id AND s.action = 'rename'"),
        QStringLiteral("UPDATE users SET display_name = COALESCE(s.display_name, users.display_name), name_key = "
                       "COALESCE(s.name_key, users.name_key), upn = COALESCE(s.upn, users.upn) FROM import_staging s "
                       "WHERE users.id = s.user_id AND s.action = 'update'"),
        QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                       "disabled, created_at) SELECT account_id, email, email_key, COALESCE(upn, ''), "
                       "COALESCE(display_name, ''), COALESCE(name_key, ''), 'import', 0, '%1' FROM import_staging "
                       "WHERE action = 'create' ORDER BY line")
            .arg(now),
    };
    for (const QString& step : applySteps) {
        QSqlQuery q(m_database.connection());
        if (auto done = execStatement(q, step, "importing users"); !done) {
            return done.refusal();
        }
    }
    QSqlQuery members(m_database.connection());
    if (auto done =
            execPrepared(members,
                         QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) SELECT "
                                        "s.role_id, u.id, ?, ? FROM import_staging s JOIN users u ON "
                                        "u.email_key = s.email_key WHERE s.role_id IS NOT NULL ON CONFLICT DO "
                                        "NOTHING"),
                         {now, actor.auditName()}, "importing role members");
        !done) {
        return done.refusal();
    }
    for (const ImportAddressChange& change : report.addressChanges) {
        const bool moved = change.oldEmail == change.newEmail;
        if (auto logged = m_audit.append(
                actor.auditName(), change.toAccount,
                moved ? QStringLiteral("user.move") : QStringLiteral("user.address_change"), change.newEmail,
                QJsonObject {{QStringLiteral("email"), change.oldEmail},
                             {QStringLiteral("account"), change.fromAccount},
                             {QStringLiteral("roles"), QJsonArray::fromStringList(change.rolesLost)}},
                QJsonObject {{QStringLiteral("email"), change.newEmail},
                             {QStringLiteral("account"), change.toAccount},
                             {QStringLiteral("roles"), QJsonArray()},
                             {QStringLiteral("source"), QStringLiteral("import")}});
            !logged) {
            return logged.refusal();
        }
    }
    QSqlQuery perAccount(m_database.connection());
    if (auto done = execStatement(
            perAccount,
            QStringLiteral("SELECT account_id, action, count(*), count(role_id) FROM import_staging GROUP "
                           "BY account_id, action ORDER BY account_id"),
            "summarising the import");
        !done) {
        return done.refusal();
    }
    QHash<qint64, QJsonObject> summaries;
    while (perAccount.next()) {
        QJsonObject& summary = summaries[perAccount.value(0).toLongLong()];
        summary.insert(perAccount.value(1).toString(), perAccount.value(2).toLongLong());
        summary.insert(QStringLiteral("roleAssignments"),
                       summary.value(QStringLiteral("roleAssignments")).toInteger() + perAccount.value(3).toLongLong());
    }
    perAccount.finish();
    for (const TargetAccount& account : std::as_const(accounts)) {
        if (!summaries.contains(account.id)) {
            continue;
        }
        if (auto logged = m_audit.append(actor.auditName(), account.code, QStringLiteral("directory.import"),
                                         account.code, {}, summaries.value(account.id));
            !logged) {
            return logged.refusal();
        }
    }
    if (auto done = execStatement(ddl, QStringLiteral("DELETE FROM import_staging"), "preparing the import"); !done) {
        return done.refusal();
    }
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               for (const TargetAccount& account : std::as_const(accounts)) {
                                                   Q_EMIT m_notifier.directoryChanged(account.id);
                                                   Q_EMIT m_notifier.rolesChanged(account.id);
                                               }
                                           });
        !committed) {
        return committed.refusal();
    }
    report.applied = true;
    logger("core.import")
        ->info("imported {} rows (checked in {} ms, applied in {} ms)", report.rows, checkMs, phase.elapsed());
    return report;
}

} // namespace warden
