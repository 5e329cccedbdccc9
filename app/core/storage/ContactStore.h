#pragma once

#include "../Result.h"
#include "../domain/ChangeRequest.h"

#include <QList>
#include <optional>

namespace warden {

class Database;

/// The contacts of an account (who may approve protected-role changes). No authorization here.
class ContactStore
{
public:
    explicit ContactStore(Database& database);

    [[nodiscard]] Result<QList<AccountContact>> contacts(qint64 accountId) const;
    [[nodiscard]] Result<std::optional<AccountContact>> contact(qint64 accountId, qint64 contactId) const;
    /// The account's contact with that address, if any.
    [[nodiscard]] Result<std::optional<AccountContact>> contactByEmail(qint64 accountId, const QString& email) const;
    /// The new contact's id.
    [[nodiscard]] Result<qint64> insert(const AccountContact& contact, const QString& updatedBy);
    [[nodiscard]] Status update(const AccountContact& contact, const QString& updatedBy);
    [[nodiscard]] Status remove(qint64 contactId);

private:
    [[nodiscard]] Result<std::optional<AccountContact>> selectOne(const QString& where,
                                                                  const QVariantList& values) const;

    Database& m_database;
};

} // namespace warden
