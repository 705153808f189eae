/** preparedRead on both stores: one compiled shape, run again with other values, keeps the build's own constants. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storeBackends } from '../../test/support/backends.js';
import { preparedRead } from './prepared.js';
import type { Role } from './schema.js';
import { createUser } from './users.js';

for (const backend of storeBackends()) {
  describe(`preparedRead on ${backend.name}`, () => {
    test('the same shape answers each run with its own values; a constant of the build stays', async () => {
      const store = await backend.open();
      const wang = await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'pw-wang-123456' });
      const li = await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'pw-li-123456' });
      await createUser(store, { email: 'boss@seller.cn', name: 'Boss', role: 'admin', password: 'pw-boss-123456' });
      let builds = 0;
      const salesperson = (id: number) =>
        preparedRead(store, 'salesperson by id', { id }, (p) => {
          builds++;
          return store.db.selectFrom('users').select(['id', 'name']).where('role', '=', 'sales').where('id', '=', p.id);
        });
      assert.deepEqual(await salesperson(wang.id), [{ id: wang.id, name: '王芳' }]);
      assert.deepEqual(await salesperson(li.id), [{ id: li.id, name: '李雷' }]);
      assert.deepEqual(await salesperson(wang.id + li.id + 100), []);
      assert.equal(builds, 1, 'built and compiled once');
      const wanted: { role: Role } = { role: 'admin' };
      const admins = await preparedRead(store, 'users of a role', wanted, (p) => store.db.selectFrom('users').select('email').where('role', '=', p.role));
      assert.deepEqual(admins, [{ email: 'boss@seller.cn' }]);
    });
  });
}
