#include "SyncService.h"

#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../security/DatabaseSecrets.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../storage/SyncStore.h"
#include "../sync/DirectoryReader.h"
#include "../write/WritePath.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <thread>

namespace warden {

namespace {

constexpr int kTestPageSize = 25;

/// Runs `work` on a worker thread, calling `progress` every 100 ms until it is done (so the
/// caller's window stays alive); the work cannot be stopped, only waited for.
void runAside(const std::function<void()>& work, const SyncService::Progress& progress)
{
    std::atomic_bool done {false};
    std::thread worker([&] {
        work();
        done = true;
    });
    while (!done.load()) {
        if (progress) {
            (void)progress(0);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(progress ? 20 : 5));
    }
    worker.join();
}

LdapSession::Settings sessionSettings(const DirectoryConnector& c, const QByteArray& password)
{
    LdapSession::Settings settings;
    settings.url = c.url;
    settings.startTls = c.startTls;
    settings.caFile = c.caFile;
    settings.bindDn = c.bindDn;
    settings.bindPassword = password;
    return settings;
}

QJsonObject countsOf(const SyncReport& report)
{
    return QJsonObject {{QStringLiteral("full"), report.full},
                        {QStringLiteral("entries"), report.entries},
                        {QStringLiteral("new"), report.created},
                        {QStringLiteral("changed"), report.changed},
                        {QStringLiteral("unchanged"), report.unchanged},
                        {QStringLiteral("disabled"), report.disabled},
                        {QStringLiteral("leftAlone"), report.leftAlone},
                        {QStringLiteral("skipped"), report.skippedCount},
                        {QStringLiteral("addressChanges"), qint64(report.addressChanges.size())},
                        {QStringLiteral("rolesLost"), report.rolesLost()}};
}

} // namespace

SyncService::SyncService(Database& database, Authorizer& authorizer, WritePath& writes, Keychain keychain)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
    , m_keychain(std::move(keychain))
{ }

QString SyncService::passwordKey(qint64 accountId) const
{
    return DatabaseSecrets::keychainKey(m_database.databaseId(), QStringLiteral("directory-sync/%1").arg(accountId));
}

Result<std::optional<DirectoryConnector>> SyncService::connector(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectorySync, accountId); !allowed) {
        return allowed.refusal();
    }
    return SyncStore(m_database).connector(accountId);
}

Result<QList<DirectoryConnector>> SyncService::connectorsBelow(const Actor& actor, qint64 accountId) const
{
    auto all = AccountStore(m_database).accounts();
    if (!all) {
        return all.refusal();
    }
    // The account and its descendants, from the one list of accounts (no query per account).
    QHash<qint64, QList<qint64>> children;
    for (const Account& account : all.value()) {
        if (account.parentId) {
            children[*account.parentId].append(account.id);
        }
    }
    QList<qint64> visible;
    QList<qint64> pending {accountId};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        pending += children.value(id);
        if (m_authorizer.check(actor, Action::ViewDirectorySync, id)) {
            visible.append(id);
        }
    }
    return SyncStore(m_database).connectors(visible);
}

Result<QList<DirectoryConnector>> SyncService::due(const Actor& actor, const QDateTime& now) const
{
    auto scheduled = SyncStore(m_database).scheduledConnectors();
    if (!scheduled) {
        return scheduled.refusal();
    }
    QList<DirectoryConnector> due;
    for (const DirectoryConnector& c : scheduled.value()) {
        const QDateTime last = QDateTime::fromString(c.lastRunAt, Qt::ISODate);
        if (last.isValid() && last.addSecs(qint64(c.scheduleMinutes) * 60) > now) {
            continue;
        }
        if (!m_authorizer.check(actor, Action::RunDirectorySync, c.accountId)) {
            continue;
        }
        if (auto stored = hasPassword(c.accountId); stored && stored.value()) {
            due.append(c);
        }
    }
    return due;
}

Result<bool> SyncService::hasPassword(qint64 accountId) const
{
    return m_keychain.contains(passwordKey(accountId));
}

Result<QByteArray> SyncService::password(qint64 accountId) const
{
    auto stored = m_keychain.read(passwordKey(accountId));
    if (!stored && stored.refusal().kind == Refusal::Kind::NotFound) {
        return Refusal {Refusal::Kind::Keychain,
                        tr("This computer's keychain holds no bind password for this directory connector; enter it "
                           "in Directory Synchronization (or wardenctl sync configure) on this computer.")};
    }
    return stored;
}

Status SyncService::check(const DirectoryConnector& c) const
{
    const QUrl url(c.url);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps"))
        || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return Refusal {
            Refusal::Kind::BadInput,
            tr("The server must be an ldap://host[:port] or ldaps://host[:port] address, not \"%1\".").arg(c.url)};
    }
    if (c.startTls && scheme == QLatin1String("ldaps")) {
        return Refusal {Refusal::Kind::BadInput, tr("StartTLS is for ldap:// addresses; ldaps:// is TLS already.")};
    }
    if (!c.caFile.isEmpty() && !QFileInfo(c.caFile).isReadable()) {
        return Refusal {Refusal::Kind::BadInput, tr("The CA file %1 cannot be read.").arg(c.caFile)};
    }
    if (c.baseDn.trimmed().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("The base DN is empty.")};
    }
    const QString filter = c.filter.trimmed();
    if (!filter.startsWith(QLatin1Char('(')) || !filter.endsWith(QLatin1Char(')'))
        || filter.count(QLatin1Char('(')) != filter.count(QLatin1Char(')'))) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("The filter \"%1\" is not an LDAP filter: it is enclosed in parentheses, and they pair up.")
                            .arg(c.filter)};
    }
    if (c.mapEmail.trimmed().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Name the attribute that holds the primary SMTP address.")};
    }
    auto account = AccountStore(m_database).account(c.accountId);
    if (!account) {
        return account.refusal();
    }
    if (account.value().kind == AccountKind::Group) {
        return Refusal {
            Refusal::Kind::BadInput,
            tr("%1 is a group; a directory connector belongs to an account with users.").arg(account.value().code)};
    }
    auto domains = AccountStore(m_database).domains(c.accountId);
    if (!domains) {
        return domains.refusal();
    }
    for (const QString& domain : c.domains) {
        if (!domains.value().contains(domain, Qt::CaseInsensitive)) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("%1 is not an internal domain of %2.").arg(domain, account.value().code)};
        }
    }
    return {};
}

Result<DirectoryConnector> SyncService::configure(const Actor& actor, const DirectoryConnector& settings,
                                                  const std::optional<QByteArray>& newPassword)
{
    DirectoryConnector c = settings;
    c.url = c.url.trimmed();
    c.baseDn = c.baseDn.trimmed();
    c.bindDn = c.bindDn.trimmed();
    c.filter = c.filter.trimmed();
    for (QString& domain : c.domains) {
        domain = domain.trimmed().toLower();
    }
    c.domains.removeAll(QString());
    if (auto checked = m_authorizer.check(actor, Action::ConfigureDirectorySync, c.accountId); !checked) {
        return checked.refusal();
    }
    if (auto valid = check(c); !valid) {
        return valid.refusal();
    }
    if (!newPassword) {
        if (auto stored = hasPassword(c.accountId); !stored) {
            return stored.refusal();
        } else if (!stored.value()) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Give the bind password: this computer's keychain does not hold one yet.")};
        }
    }
    return m_writes.run(WriteScope::checked(actor, Action::ConfigureDirectorySync, c.accountId),
                        [&](Write& write) -> Result<DirectoryConnector> {
                            SyncStore store(m_database);
                            auto before = store.connector(c.accountId);
                            if (!before) {
                                return before.refusal();
                            }
                            auto saved = store.saveSettings(c, actor.auditName());
                            if (!saved) {
                                if (saved.refusal().kind == Refusal::Kind::Conflict) {
                                    return Refusal {
                                        Refusal::Kind::Conflict,
                                        tr("Someone else changed this directory connector since you opened it; "
                                           "reopen it to see their change.")};
                                }
                                return saved.refusal();
                            }
                            auto after = store.connector(c.accountId);
                            if (!after) {
                                return after.refusal();
                            }
                            auto describe = [](const std::optional<DirectoryConnector>& d) {
                                if (!d) {
                                    return QJsonObject();
                                }
                                return QJsonObject {{QStringLiteral("url"), d->url},
                                                    {QStringLiteral("startTls"), d->startTls},
                                                    {QStringLiteral("caFile"), d->caFile},
                                                    {QStringLiteral("bindDn"), d->bindDn},
                                                    {QStringLiteral("baseDn"), d->baseDn},
                                                    {QStringLiteral("filter"), d->filter},
                                                    {QStringLiteral("mapEmail"), d->mapEmail},
                                                    {QStringLiteral("mapName"), d->mapName},
                                                    {QStringLiteral("mapUpn"), d->mapUpn},
                                                    {QStringLiteral("mapDisabled"), d->mapDisabled},
                                                    {QStringLiteral("domains"), QJsonArray::fromStringList(d->domains)},
                                                    {QStringLiteral("scheduleMinutes"), d->scheduleMinutes}};
                            };
                            QJsonObject afterJson = describe(after.value());
                            if (newPassword) {
                                afterJson.insert(QStringLiteral("bindPassword"), QStringLiteral("changed"));
                                const QString key = passwordKey(c.accountId);
                                const QByteArray& secret = *newPassword;
                                write.lastStep([this, key, secret] { return m_keychain.write(key, secret); });
                            }
                            write.audit(QStringLiteral("directory.sync.configure"), after.value()->accountCode,
                                        describe(before.value()), afterJson);
                            write.changed(Changed::Directory, c.accountId);
                            return *after.value();
                        });
}

Result<QString> SyncService::testConnection(const Actor& actor, const DirectoryConnector& settings,
                                            const QByteArray& givenPassword, const Progress& progress)
{
    if (auto allowed = m_authorizer.check(actor, Action::ConfigureDirectorySync, settings.accountId); !allowed) {
        if (auto run = m_authorizer.check(actor, Action::RunDirectorySync, settings.accountId); !run) {
            return allowed.refusal();
        }
    }
    if (auto valid = check(settings); !valid) {
        return valid.refusal();
    }
    QByteArray secret = givenPassword;
    if (secret.isEmpty()) {
        auto stored = password(settings.accountId);
        if (!stored) {
            return stored.refusal();
        }
        secret = stored.value();
    }
    Result<QString> outcome = QString();
    runAside(
        [&] {
            LdapSession session;
            if (auto opened = session.open(sessionSettings(settings, secret)); !opened) {
                outcome = opened.refusal();
                return;
            }
            if (auto base = session.readBase(settings.baseDn, {QStringLiteral("objectClass")}); !base) {
                outcome = base.refusal();
                return;
            }
            int found = 0;
            int withAddress = 0;
            auto searched = session.search(settings.baseDn, settings.filter, {settings.mapEmail}, kTestPageSize,
                                           [&](const LdapEntry& entry) {
                                               ++found;
                                               withAddress += entry.has(settings.mapEmail) ? 1 : 0;
                                               return found < kTestPageSize;
                                           });
            if (!searched && found < kTestPageSize) {
                outcome = searched.refusal();
                return;
            }
            const QString host = QUrl(settings.url).host();
            outcome = found >= kTestPageSize
                ? tr("Connected to %1 and signed in as %2. The base DN exists and the filter matches at least %3 "
                     "entries (%4 of them with %5).")
                      .arg(host, settings.bindDn)
                      .arg(found)
                      .arg(withAddress)
                      .arg(settings.mapEmail)
                : tr("Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entries (%3 "
                     "of them with %4).",
                     nullptr, found)
                      .arg(host, settings.bindDn)
                      .arg(withAddress)
                      .arg(settings.mapEmail);
        },
        progress);
    return outcome;
}

QString SyncService::cancelledMessage()
{
    return tr("Sync cancelled; nothing was changed.");
}

void SyncService::addSkipped(SyncReport& report, const QString& dn, const QString& message)
{
    ++report.skippedCount;
    if (report.skipped.size() < SyncReport::kMaxListed) {
        report.skipped.append({dn, message});
    }
}

QString SyncService::problemWith(const DirectoryPerson& person, const QSet<QString>& domains,
                                 const DirectoryConnector& connector)
{
    if (person.email.isEmpty()) {
        return tr("The entry has no %1 (the address attribute).").arg(connector.mapEmail);
    }
    if (QString problem = UserFields::problem(person.email, person.displayName, person.upn); !problem.isEmpty()) {
        return problem;
    }
    if (!domains.contains(EmailAddress::domainOf(person.email).toLower())) {
        return tr("%1 is not in a domain this connector may write (%2).")
            .arg(person.email, QStringList(domains.cbegin(), domains.cend()).join(QStringLiteral(", ")));
    }
    return {};
}

Status SyncService::readDirectory(DirectoryReader& reader, SyncStore& store, const QSet<QString>& domains,
                                  const DirectoryConnector& connector, SyncReport& report, const Progress& progress)
{
    QList<DirectoryPerson> batch;
    while (true) {
        const DirectoryReader::Next next = reader.next(batch);
        if (next == DirectoryReader::Next::Ended) {
            break;
        }
        if (progress && !progress(report.entries)) {
            reader.cancel();
            return Refusal {Refusal::Kind::BadInput, cancelledMessage()};
        }
        if (next == DirectoryReader::Next::Waiting) {
            continue;
        }
        for (const DirectoryPerson& person : std::as_const(batch)) {
            ++report.entries;
            if (const QString problem = problemWith(person, domains, connector); !problem.isEmpty()) {
                addSkipped(report, person.dn, problem);
                continue;
            }
            if (auto staged = store.stage(person, report.entries); !staged) {
                reader.cancel();
                return staged;
            }
        }
    }
    if (auto outcome = reader.outcome(); !outcome) {
        return outcome;
    }
    report.full = reader.isFull();
    return store.finish();
}

Status SyncService::compare(const Actor& actor, SyncStore& store, const DirectoryConnector& connector, bool full,
                            SyncReport& report, QList<LostRole>& losses)
{
    if (auto done = store.classify(connector.accountId); !done) {
        return done;
    }
    RoleStore roles(m_database);
    AccountStore accounts(m_database);
    QHash<qint64, QString> codes;
    auto codeOf = [&](qint64 accountId) -> QString {
        if (!codes.contains(accountId)) {
            auto account = accounts.account(accountId);
            codes.insert(accountId, account ? account.value().code : QString());
        }
        return codes.value(accountId);
    };
    auto renames = store.renames();
    if (!renames) {
        return renames.refusal();
    }
    for (const StagedRename& rename : renames.value()) {
        auto held = roles.rolesOfUser(rename.userId, false);
        if (!held) {
            return held.refusal();
        }
        QString refusal;
        QStringList names;
        QList<LostRole> lost;
        for (const Role& role : held.value()) {
            const QString code = codeOf(role.accountId);
            names.append(QStringLiteral("%1 (%2)").arg(role.name, code));
            lost.append({rename.from, role.name, code});
            if (refusal.isEmpty()) {
                if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, role.accountId, &role);
                    !allowed) {
                    refusal = allowed.refusal().message;
                }
            }
        }
        if (!refusal.isEmpty()) {
            if (auto done = store.leaveOut(
                    rename.line,
                    tr("changing %1 to %2 would remove its admin roles: %3").arg(rename.from, rename.to, refusal));
                !done) {
                return done;
            }
            continue;
        }
        report.addressChanges.append({rename.dn, rename.from, rename.to, names});
        losses += lost;
    }
    auto skipped = store.skipped(SyncReport::kMaxListed);
    if (!skipped) {
        return skipped.refusal();
    }
    for (const StagedSkip& skip : skipped.value().first) {
        QString message;
        if (skip.action == QLatin1String("foreign")) {
            message = tr("%1 belongs to account %2; a sync never takes an address from another account.")
                          .arg(skip.email, skip.other);
        } else if (skip.action == QLatin1String("duplicate")) {
            message = tr("%1 is also the address of %2, which is kept.").arg(skip.email, skip.other);
        } else if (skip.action == QLatin1String("repeat")) {
            message = tr("changes the same person as %1, which is kept.").arg(skip.other);
        } else if (skip.action == QLatin1String("taken")) {
            message = tr("the new address %1 is already another user's.").arg(skip.email);
        } else {
            message = skip.other;
        }
        addSkipped(report, skip.dn, message);
    }
    report.skippedCount += skipped.value().second - skipped.value().first.size();
    auto counts = store.actionCounts();
    if (!counts) {
        return counts.refusal();
    }
    report.created = counts.value().value(QStringLiteral("create"));
    report.changed = counts.value().value(QStringLiteral("update")) + counts.value().value(QStringLiteral("rename"));
    report.unchanged = counts.value().value(QStringLiteral("same"));
    report.leftAlone = counts.value().value(QStringLiteral("left"));
    if (full) {
        auto lastSupers = store.lastSuperAdministratorsLeaving(connector.accountId);
        if (!lastSupers) {
            return lastSupers.refusal();
        }
        for (const LastSuperAdministrator& user : lastSupers.value()) {
            const QString why = tr("%1 is the last active %2 of %3: left enabled although the directory no longer "
                                   "has it.")
                                    .arg(user.email, user.role, user.accountCode);
            if (auto kept = store.keepEnabled(user, why); !kept) {
                return kept;
            }
            addSkipped(report, user.email, why);
        }
        auto missing = store.missing(connector.accountId, SyncReport::kMaxListed);
        if (!missing) {
            return missing.refusal();
        }
        report.disabled = missing.value().second;
        for (const MissingUser& user : missing.value().first) {
            auto held = roles.rolesOfUser(user.id, false);
            if (!held) {
                return held.refusal();
            }
            QStringList names;
            for (const Role& role : held.value()) {
                names.append(QStringLiteral("%1 (%2)").arg(role.name, codeOf(role.accountId)));
            }
            report.disabledUsers.append({user.email, names});
        }
    }
    return {};
}

Status SyncService::recordFailure(const DirectoryConnector& connector, const Refusal& refusal, qint64 ms)
{
    DirectoryConnector state = connector;
    state.lastRunAt = DirectoryStore::now();
    state.lastResult = refusal.message == cancelledMessage() ? QStringLiteral("cancelled") : QStringLiteral("failed");
    state.lastMessage = refusal.message;
    state.lastDurationMs = ms;
    return m_writes.run(WriteScope::unchecked(QString(), connector.accountId),
                        [&](Write&) -> Status { return SyncStore(m_database).recordRun(state); });
}

Result<SyncReport> SyncService::run(const Actor& actor, qint64 accountId, const SyncOptions& options,
                                    const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (auto allowed = m_authorizer.check(actor, Action::RunDirectorySync, accountId); !allowed) {
        return allowed.refusal();
    }
    SyncStore store(m_database);
    auto found = store.connector(accountId);
    if (!found) {
        return found.refusal();
    }
    if (!found.value()) {
        return Refusal {Refusal::Kind::NotFound, tr("This account has no directory connector; configure one first.")};
    }
    const DirectoryConnector connector = *found.value();
    auto secret = password(accountId);
    if (!secret) {
        return secret.refusal();
    }
    QStringList writable = connector.domains;
    if (writable.isEmpty()) {
        auto domains = AccountStore(m_database).domains(accountId);
        if (!domains) {
            return domains.refusal();
        }
        writable = domains.value();
    }
    QSet<QString> domains;
    for (const QString& domain : std::as_const(writable)) {
        domains.insert(domain.toLower());
    }

    DirectoryReader reader({sessionSettings(connector, secret.value()), connector,
                            options.full || connector.settingsKey != connector.searchKey(), 1000});
    SyncReport report;
    if (auto prepared = store.prepare(); !prepared) {
        return prepared.refusal();
    }
    reader.start();
    if (auto read = readDirectory(reader, store, domains, connector, report, progress); !read) {
        (void)store.clear();
        if (!options.dryRun) {
            (void)recordFailure(connector, read.refusal(), clock.elapsed());
        }
        return read.refusal();
    }
    const qint64 readMs = clock.elapsed();
    report.readMs = readMs;
    auto outcome = m_writes.run(
        WriteScope::checked(actor, Action::RunDirectorySync, accountId), [&](Write& write) -> Result<SyncReport> {
            QList<LostRole> losses;
            if (auto compared = compare(actor, store, connector, report.full, report, losses); !compared) {
                return compared.refusal();
            }
            if (options.dryRun) {
                report.notAppliedBecause = tr("Preview only; nothing was changed.");
            } else if (report.rolesLost() > 0 && !options.confirmAddressChanges) {
                report.notAppliedBecause =
                    tr("%n admin role(s) would be removed by primary-address changes; review them and confirm to "
                       "sync.",
                       nullptr, int(report.rolesLost()));
            }
            if (!report.notAppliedBecause.isEmpty()) {
                write.keepNothing();
                return report;
            }
            if (auto applied = store.apply(accountId, report.full); !applied) {
                return applied.refusal();
            }
            for (const SyncAddressChange& change : std::as_const(report.addressChanges)) {
                write.audit(QStringLiteral("user.address_change"), change.to,
                            QJsonObject {{QStringLiteral("email"), change.from},
                                         {QStringLiteral("roles"), QJsonArray::fromStringList(change.rolesLost)}},
                            QJsonObject {{QStringLiteral("email"), change.to},
                                         {QStringLiteral("roles"), QJsonArray()},
                                         {QStringLiteral("source"), QStringLiteral("sync")}});
            }
            for (const LostRole& lost : std::as_const(losses)) {
                write.auditIn(
                    lost.accountCode, QStringLiteral("role.member.remove"),
                    lost.email + QStringLiteral(" → ") + lost.role,
                    QJsonObject {{QStringLiteral("role"), lost.role}, {QStringLiteral("member"), lost.email}},
                    QJsonObject {{QStringLiteral("reason"), QStringLiteral("directory sync address change")}});
            }
            report.applied = true;
            report.durationMs = clock.elapsed();
            QJsonObject summary = countsOf(report);
            QJsonArray disabledList;
            for (const SyncDisabledUser& user : std::as_const(report.disabledUsers)) {
                disabledList.append(user.email);
            }
            summary.insert(QStringLiteral("disabledUsers"), disabledList);
            write.audit(QStringLiteral("directory.sync"), connector.accountCode, {}, summary);
            DirectoryConnector state = connector;
            state.serverIdentity = reader.serverIdentity();
            state.settingsKey = connector.searchKey();
            state.watermark = reader.highestMark();
            state.lastRunAt = DirectoryStore::now();
            state.lastResult = QStringLiteral("applied");
            state.lastMessage.clear();
            state.lastCounts = countsOf(report);
            state.lastDurationMs = report.durationMs;
            if (auto recorded = store.recordRun(state); !recorded) {
                return recorded.refusal();
            }
            write.changed(Changed::Directory, accountId);
            if (!report.addressChanges.isEmpty() || report.disabled > 0) {
                write.changed(Changed::Roles, accountId);
                write.changed(Changed::Members, 0);
            }
            return report;
        });
    (void)store.clear();
    if (outcome) {
        logger("core.sync")
            ->info("directory sync of {}: {} entries ({} full), {} new, {} changed, {} disabled, read in {} ms, {} ms "
                   "in all{}",
                   connector.accountCode.toStdString(), report.entries, report.full ? "" : "not", report.created,
                   report.changed, report.disabled, readMs, clock.elapsed(), report.applied ? "" : " (not applied)");
        outcome.value().durationMs = clock.elapsed();
    }
    return outcome;
}

} // namespace warden
