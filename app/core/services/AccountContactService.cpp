#include "AccountContactService.h"

#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../storage/ContactStore.h"
#include "../write/WritePath.h"

#include <QJsonObject>
#include <QLocale>

namespace warden {

namespace {

QJsonObject describe(const AccountContact& contact)
{
    return {{QStringLiteral("name"), contact.name},
            {QStringLiteral("title"), contact.title},
            {QStringLiteral("email"), contact.email},
            {QStringLiteral("directorOrHigher"), contact.directorOrHigher}};
}

} // namespace

AccountContactService::AccountContactService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
{ }

Result<QList<AccountContact>> AccountContactService::list(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, accountId); !allowed) {
        return allowed.refusal();
    }
    return ContactStore(m_database).contacts(accountId);
}

Status AccountContactService::canEdit(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::ManageAdministrators, accountId);
}

Result<AccountContact> AccountContactService::save(const Actor& actor, const AccountContact& contact)
{
    if (auto allowed = canEdit(actor, contact.accountId); !allowed) {
        return allowed.refusal();
    }
    AccountContact saved = contact;
    saved.name = contact.name.simplified();
    saved.title = contact.title.simplified();
    saved.email = contact.email.trimmed();
    if (saved.name.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("A contact needs a name.")};
    }
    if (!EmailAddress::isValid(saved.email)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid email address.").arg(saved.email)};
    }
    return m_writes.run(
        WriteScope::checked(actor, Action::ManageAdministrators, saved.accountId),
        [&](Write& write) -> Result<AccountContact> {
            ContactStore contacts(m_database);
            auto sameAddress = contacts.contactByEmail(saved.accountId, saved.email);
            if (!sameAddress) {
                return sameAddress.refusal();
            }
            if (sameAddress.value() && sameAddress.value()->id != saved.id) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("%1 is already a contact of this account.").arg(saved.email)};
            }
            QJsonObject before;
            if (saved.id == 0) {
                auto id = contacts.insert(saved, actor.auditName());
                if (!id) {
                    return id.refusal();
                }
                saved.id = id.value();
            } else {
                auto old = contacts.contact(saved.accountId, saved.id);
                if (!old) {
                    return old.refusal();
                }
                if (!old.value()) {
                    return Refusal {Refusal::Kind::NotFound, tr("That contact no longer exists.")};
                }
                const AccountContact& stored = *old.value();
                if (contact.changedAt.isValid() && stored.changedAt != contact.changedAt) {
                    return Refusal {Refusal::Kind::Conflict,
                                    tr("The contact %1 was changed by %2 at %3 — reload it and make your change "
                                       "again; nothing was saved.")
                                        .arg(stored.email, stored.changedBy,
                                             QLocale().toString(stored.changedAt.toLocalTime(), QLocale::ShortFormat))};
                }
                before = describe(stored);
                if (auto done = contacts.update(saved, actor.auditName()); !done) {
                    return done.refusal();
                }
            }
            write.audit(before.isEmpty() ? QStringLiteral("contact.add") : QStringLiteral("contact.edit"), saved.email,
                        before, describe(saved));
            write.changed(Changed::ChangeRequests, saved.accountId);
            auto stored = contacts.contact(saved.accountId, saved.id);
            if (!stored) {
                return stored.refusal();
            }
            return stored.value().value_or(saved);
        });
}

Status AccountContactService::remove(const Actor& actor, qint64 accountId, qint64 contactId)
{
    if (auto allowed = canEdit(actor, accountId); !allowed) {
        return allowed;
    }
    return m_writes.run(WriteScope::checked(actor, Action::ManageAdministrators, accountId),
                        [&](Write& write) -> Status {
                            ContactStore contacts(m_database);
                            auto old = contacts.contact(accountId, contactId);
                            if (!old) {
                                return old.refusal();
                            }
                            if (!old.value()) {
                                return Refusal {Refusal::Kind::NotFound, tr("That contact no longer exists.")};
                            }
                            if (auto done = contacts.remove(contactId); !done) {
                                return done;
                            }
                            write.audit(QStringLiteral("contact.remove"), old.value()->email);
                            write.changed(Changed::ChangeRequests, accountId);
                            return {};
                        });
}

} // namespace warden
