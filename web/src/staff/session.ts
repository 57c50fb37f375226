/** The staff member's token lives only as long as the browser tab (sessionStorage), never in a cookie. */
const KEY = 'promise-check:staff-token';

export const getToken = (): string | null => sessionStorage.getItem(KEY);
export const setToken = (token: string) => sessionStorage.setItem(KEY, token);
export const signOut = () => sessionStorage.removeItem(KEY);

export interface Me {
  email: string;
  roles: string[];
  council: { councilId: string; name: string; slug: string } | null;
}
