import type { Me } from '../../api/types';
import { ProfileForm } from './ProfileForm';
import { SmtpForm } from './SmtpForm';
import { TemplatesEditor } from './TemplatesEditor';

/** "设置 Settings": each person's SMTP account and signature; the team's reply templates for admins. */
export default function SettingsPage({ me }: { me: Me }) {
  return (
    <main className="admin settings">
      <SmtpForm />
      <ProfileForm />
      {me.role === 'admin' && <TemplatesEditor />}
    </main>
  );
}
