#include "UserFields.h"

#include "EmailAddress.h"

namespace warden {

QString UserFields::problem(const QString& email, const QString& displayName, const QString& upn)
{
    const QString address = email.trimmed();
    if (!EmailAddress::isValid(address)) {
        return tr("\"%1\" is not a valid email address.").arg(address);
    }
    if (displayName.size() > kMaxLength) {
        return tr("The display name of %1 is longer than %2 characters.").arg(address).arg(kMaxLength);
    }
    if (upn.size() > kMaxLength) {
        return tr("The UPN of %1 is longer than %2 characters.").arg(address).arg(kMaxLength);
    }
    return {};
}

} // namespace warden
