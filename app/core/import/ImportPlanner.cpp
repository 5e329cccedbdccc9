#include "ImportPlanner.h"

#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../storage/AccountStore.h"
#include "../storage/ImportStore.h"
#include "../storage/RoleStore.h"

namespace warden {

namespace {

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

} // namespace

const QStringList& ImportPlanner::importableRoles()
{
    static const QStringList roles {QStringLiteral("Basic Administrator"), QStringLiteral("Help Desk Administrator"),
                                    QStringLiteral("Gateway Administrator")};
    return roles;
}

ImportPlanner::ImportPlanner(Database& database, const Authorizer& authorizer, const Actor& actor,
                             const ImportHeader& header, std::optional<Account> defaultAccount, ImportStore& store,
                             ImportReport& report)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_actor(actor)
    , m_header(header)
    , m_defaultAccount(std::move(defaultAccount))
    , m_store(store)
    , m_report(report)
{ }

void ImportPlanner::addError(qint64 line, const QString& message)
{
    ++m_report.errorCount;
    if (m_report.errors.size() < ImportReport::kMaxListedErrors) {
        m_report.errors.append({line, message});
    }
}

QHash<qint64, QString> ImportPlanner::accounts() const
{
    QHash<qint64, QString> codes;
    for (const TargetAccount& account : m_accounts) {
        codes.insert(account.id, account.code);
    }
    return codes;
}

Result<ImportPlanner::TargetAccount*> ImportPlanner::target(const QString& code)
{
    const QString key = code.toLower();
    if (auto it = m_accounts.find(key); it != m_accounts.end()) {
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
        : m_authorizer.check(m_actor, Action::ImportDirectory, entry.id);
    auto domains = AccountStore(m_database).domains(entry.id);
    if (!domains) {
        return domains.refusal();
    }
    for (const QString& domain : domains.value()) {
        entry.domains.insert(domain);
    }
    return &m_accounts.insert(key, entry).value();
}

Result<ImportPlanner::RoleChoice> ImportPlanner::roleIn(TargetAccount& account, const QString& name)
{
    const QString key = name.toLower();
    if (auto it = account.roles.constFind(key); it != account.roles.cend()) {
        return it.value();
    }
    auto role = RoleStore(m_database).roleByName(account.id, name);
    if (!role) {
        return role.refusal();
    }
    RoleChoice choice {role.value().id, role.value().name,
                       m_authorizer.check(m_actor, Action::AddRoleMember, account.id, &role.value())};
    account.roles.insert(key, choice);
    return choice;
}

Result<ImportPlanner::LostRoles> ImportPlanner::lostRoles(qint64 userId)
{
    auto held = m_store.rolesOf(userId);
    if (!held) {
        return held.refusal();
    }
    LostRoles lost;
    for (const HeldRole& role : held.value()) {
        lost.names.append(QStringLiteral("%1 (%2)").arg(role.name, role.accountCode));
        if (!m_removalRefusals.contains(role.roleId)) {
            auto found = RoleStore(m_database).role(role.roleId);
            if (!found) {
                return found.refusal();
            }
            const Status allowed =
                m_authorizer.check(m_actor, Action::RemoveRoleMember, found.value().accountId, &found.value());
            m_removalRefusals.insert(role.roleId, allowed ? QString() : allowed.refusal().message);
        }
        if (lost.refusal.isEmpty()) {
            lost.refusal = m_removalRefusals.value(role.roleId);
        }
    }
    return lost;
}

std::optional<qint64> ImportPlanner::roleOfRow(const QString& roleName, TargetAccount& into, qint64 line)
{
    if (roleName.isEmpty()) {
        return 0;
    }
    const auto allowedRole = std::find_if(importableRoles().cbegin(), importableRoles().cend(), [&](const QString& r) {
        return r.compare(roleName, Qt::CaseInsensitive) == 0;
    });
    if (allowedRole == importableRoles().cend()) {
        addError(line,
                 tr("role \"%1\" cannot be given by import; use one of: %2.")
                     .arg(roleName, importableRoles().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    auto role = roleIn(into, *allowedRole);
    if (!role) {
        addError(line, role.refusal().message);
        return std::nullopt;
    }
    if (!role.value().allowed) {
        addError(line, role.value().allowed.refusal().message);
        return std::nullopt;
    }
    return role.value().id;
}

Status ImportPlanner::plan(const QStringList& fields, qint64 line)
{
    ++m_report.rows;
    if (fields.size() != m_header.fieldCount()) {
        addError(line, tr("%1 fields, but the header has %2.").arg(fields.size()).arg(m_header.fieldCount()));
        return {};
    }
    const QString email = m_header.field(fields, ImportHeader::Email);
    if (email.isEmpty()) {
        addError(line, tr("emailAddress is empty."));
        return {};
    }
    const QString displayName = m_header.field(fields, ImportHeader::DisplayName).simplified();
    const QString upn = m_header.field(fields, ImportHeader::Upn);
    if (const QString problem = UserFields::problem(email, displayName, upn); !problem.isEmpty()) {
        addError(line, problem);
        return {};
    }
    QString code = m_header.field(fields, ImportHeader::AccountCode);
    if (code.isEmpty()) {
        if (!m_defaultAccount || m_header.has(ImportHeader::AccountCode)) {
            addError(line, tr("remoteaccountcode is empty; every row names its account."));
            return {};
        }
        code = m_defaultAccount->code;
    }
    auto account = target(code);
    if (!account) {
        return account.refusal();
    }
    if (account.value() == nullptr) {
        addError(line, tr("unknown account code \"%1\".").arg(code));
        return {};
    }
    TargetAccount& into = *account.value();
    if (!into.importAllowed) {
        addError(line, into.importAllowed.refusal().message);
        return {};
    }
    if (!into.domains.contains(EmailAddress::domainOf(email).toLower())) {
        addError(line, tr("%1 is not in one of %2's internal domains.").arg(email, into.code));
        return {};
    }
    const QString migrationText = m_header.field(fields, ImportHeader::AllowMigration);
    const auto allowMigration = parseFlag(migrationText);
    if (!allowMigration) {
        addError(line, tr("allowAddressMigration must be true or false, not \"%1\".").arg(migrationText));
        return {};
    }
    const auto roleId = roleOfRow(m_header.field(fields, ImportHeader::Role), into, line);
    if (!roleId) {
        return {};
    }
    return m_store.stage(StagedImportRow {email, line, displayName, upn, into.id, *allowMigration, *roleId});
}

Status ImportPlanner::settle()
{
    if (auto done = m_store.finish(); !done) {
        return done;
    }
    if (auto done = m_store.classify(); !done) {
        return done;
    }
    auto rolesLost = checkAddressChanges();
    if (!rolesLost) {
        return rolesLost.refusal();
    }
    if (auto done = rejectRepeats(); !done) {
        return done;
    }
    auto changes = m_store.addressChanges();
    if (!changes) {
        return changes.refusal();
    }
    const QHash<qint64, QString> codes = accounts();
    for (const StagedAddressChange& change : changes.value()) {
        m_report.addressChanges.append({change.line, change.rename ? change.currentEmail : change.email, change.email,
                                        change.currentAccountCode, codes.value(change.accountId),
                                        rolesLost.value().value(change.line)});
    }
    auto counts = m_store.actionCounts();
    if (!counts) {
        return counts.refusal();
    }
    m_report.created = counts.value().value(QStringLiteral("create"));
    m_report.updated = counts.value().value(QStringLiteral("update"));
    m_report.moved = counts.value().value(QStringLiteral("move"));
    m_report.renamed = counts.value().value(QStringLiteral("rename"));
    m_report.roleAssignments = counts.value().value(QStringLiteral("roleAssignments"));
    // Each list holds the first errors of its kind in line order: merged, the first of all.
    m_report.errors.append(m_laterErrors);
    std::stable_sort(m_report.errors.begin(), m_report.errors.end(),
                     [](const ImportRowError& a, const ImportRowError& b) { return a.line < b.line; });
    if (m_report.errors.size() > ImportReport::kMaxListedErrors) {
        m_report.errors.resize(ImportReport::kMaxListedErrors);
    }
    return {};
}

Result<QHash<qint64, QStringList>> ImportPlanner::checkAddressChanges()
{
    auto changes = m_store.addressChanges();
    if (!changes) {
        return changes.refusal();
    }
    QHash<qint64, QStringList> rolesLost;
    QList<qint64> rejected;
    for (const StagedAddressChange& change : changes.value()) {
        QString problem;
        if (!change.rename && !change.allowMigration) {
            problem = tr("%1 already belongs to account %2; set allowAddressMigration to true to move it.")
                          .arg(change.email, change.currentAccountCode);
        } else {
            auto lost = lostRoles(change.userId);
            if (!lost) {
                return lost.refusal();
            }
            if (!lost.value().refusal.isEmpty()) {
                problem = change.rename
                    ? tr("changing %1 to %2 would remove its admin roles: %3")
                          .arg(change.currentEmail, change.email, lost.value().refusal)
                    : tr("moving %1 would remove its admin roles: %2").arg(change.email, lost.value().refusal);
            }
            rolesLost.insert(change.line, lost.value().names);
        }
        if (!problem.isEmpty()) {
            rejected.append(change.line);
            ++m_report.errorCount;
            if (m_laterErrors.size() < ImportReport::kMaxListedErrors) {
                m_laterErrors.append({change.line, problem});
            }
        }
    }
    if (auto done = m_store.reject(rejected); !done) {
        return done.refusal();
    }
    return rolesLost;
}

Status ImportPlanner::rejectRepeats()
{
    // A user changed twice (the same address twice, or a rename and its old address) first, then
    // an address given twice: the first row stays.
    auto users = m_store.takeRepeatedUsers(ImportReport::kMaxListedErrors);
    if (!users) {
        return users.refusal();
    }
    for (const StagedRepeat& repeat : users.value().first) {
        m_laterErrors.append({repeat.line, tr("changes the same user as line %1.").arg(repeat.firstLine)});
    }
    auto emails = m_store.takeRepeatedEmails(ImportReport::kMaxListedErrors);
    if (!emails) {
        return emails.refusal();
    }
    for (const StagedRepeat& repeat : emails.value().first) {
        m_laterErrors.append(
            {repeat.line, tr("%1 appears again; it is first on line %2.").arg(repeat.email).arg(repeat.firstLine)});
    }
    m_report.errorCount += users.value().second + emails.value().second;
    return {};
}

} // namespace warden
