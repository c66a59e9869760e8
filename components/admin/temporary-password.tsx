/** Shows a temporary password once; it is never stored or shown again. */
export function TemporaryPassword({ password }: { password: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>临时密码（仅显示这一次，请当面或通过安全渠道告知本人）：</p>
      <p
        className="mt-1 font-mono text-lg tracking-wider select-all"
        data-testid="temporary-password"
      >
        {password}
      </p>
      <p className="mt-1 text-xs text-amber-800">本人首次登录时必须修改密码。</p>
    </div>
  );
}
