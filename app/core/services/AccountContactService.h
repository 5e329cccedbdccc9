#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/ChangeRequest.h"

#include <QCoreApplication>
#include <QList>

namespace warden {

class Authorizer;
class Database;
class WritePath;

/// The contacts of an account: names, titles and addresses, and which of them are of Director
/// level or higher (those approve protected-role change requests). Everyone who may see the
/// account sees its contacts; Super Administrators (Admin Management edit access) change them.
class AccountContactService
{
    Q_DECLARE_TR_FUNCTIONS(AccountContactService)

public:
    AccountContactService(Database& database, Authorizer& authorizer, WritePath& writes);

    [[nodiscard]] Result<QList<AccountContact>> list(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Status canEdit(const Actor& actor, qint64 accountId) const;
    /// Adds (id 0) or updates a contact.
    [[nodiscard]] Result<AccountContact> save(const Actor& actor, const AccountContact& contact);
    [[nodiscard]] Status remove(const Actor& actor, qint64 accountId, qint64 contactId);

private:
    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
